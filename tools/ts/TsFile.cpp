#include "TsFile.h"

#include <QFile>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

// The text of the current element, numerusforms collected into forms when it is a <translation>.
QString readText(QXmlStreamReader& xml, QStringList* forms = nullptr)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            const QString inner = readText(xml);
            if (forms && xml.name() == QLatin1String("numerusform")) {
                *forms << inner;
            }
        } else if (xml.isEndElement()) {
            break;
        }
    }
    return text;
}

void writeExtra(QXmlStreamWriter& xml, const TsFile::Element& element)
{
    xml.writeStartElement(element.name);
    xml.writeAttributes(element.attributes);
    if (!element.text.isEmpty()) {
        xml.writeCharacters(element.text);
    }
    xml.writeEndElement();
}

} // namespace

bool TsFile::Message::hasTranslation() const
{
    for (const QString& text : translations) {
        if (!text.isEmpty()) {
            return true;
        }
    }
    return false;
}

QString TsFile::Message::textKey() const
{
    return source + QLatin1Char('\x1f') + comment + (numerus ? QStringLiteral("\x1fn") : QString());
}

bool TsFile::load(const QString& path, QString* error)
{
    m_path = path;
    m_messages.clear();
    m_attributes.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("TS")) {
            m_attributes = xml.attributes();
        } else if (xml.name() == QLatin1String("name")) {
            context = readText(xml);
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.attributes = xml.attributes();
            message.numerus = message.attributes.value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement()) {
                    break;
                }
                if (!xml.isStartElement()) {
                    continue;
                }
                const QString name = xml.name().toString();
                const QXmlStreamAttributes attributes = xml.attributes();
                if (name == QLatin1String("source")) {
                    message.source = readText(xml);
                } else if (name == QLatin1String("comment")) {
                    message.comment = readText(xml);
                } else if (name == QLatin1String("translation")) {
                    message.type = attributes.value(QLatin1String("type")).toString();
                    QStringList forms;
                    const QString text = readText(xml, &forms);
                    message.translations = message.numerus ? forms : QStringList {text};
                } else {
                    message.extras << Element {name, attributes, readText(xml)};
                }
            }
            m_messages << message;
        }
    }
    if (xml.hasError()) {
        if (error) {
            *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        }
        return false;
    }
    return true;
}

bool TsFile::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttributes(m_attributes);
    QString context;
    bool open = false;
    for (const Message& m : m_messages) {
        if (!open || m.context != context) {
            if (open) {
                xml.writeEndElement();
            }
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(QStringLiteral("message"));
        xml.writeAttributes(m.attributes);
        for (const Element& extra : m.extras) {
            if (extra.name == QLatin1String("location")) {
                writeExtra(xml, extra);
            }
        }
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty()) {
            xml.writeTextElement(QStringLiteral("comment"), m.comment);
        }
        for (const Element& extra : m.extras) {
            if (extra.name != QLatin1String("location")) {
                writeExtra(xml, extra);
            }
        }
        xml.writeStartElement(QStringLiteral("translation"));
        if (!m.type.isEmpty()) {
            xml.writeAttribute(QStringLiteral("type"), m.type);
        }
        if (m.numerus) {
            for (const QString& form : m.translations) {
                xml.writeTextElement(QStringLiteral("numerusform"), form);
            }
        } else {
            xml.writeCharacters(m.translations.value(0));
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
    }
    if (open) {
        xml.writeEndElement();
    }
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

QString TsFile::language() const
{
    return m_attributes.value(QLatin1String("language")).toString();
}

void TsFile::setTranslation(int index, const QStringList& translations, bool finished)
{
    Message& message = m_messages[index];
    message.translations = translations;
    message.type = finished ? QString() : QStringLiteral("unfinished");
}

void TsFile::remove(int index)
{
    m_messages.removeAt(index);
}
