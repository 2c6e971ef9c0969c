#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

/**
 * One Qt Linguist .ts file as lupdate writes it: its language and its messages (context, source text, comment,
 * numerus, the translation and its state), editable in place and saved back (QtCore's XML stream classes only, so the
 * tool builds wherever Qt does; update_translations runs lconvert afterwards, which writes Linguist's exact layout).
 * The translation tools and the translation test read the shipped files through it.
 */
class TsFile
{
public:
    struct Element // a child element kept as it was (location, extracomment, translatorcomment, oldsource…)
    {
        QString name;
        QXmlStreamAttributes attributes;
        QString text;
    };

    struct Message
    {
        QString context;
        QString source;
        QString comment; // the disambiguation of tr(source, comment)
        bool numerus = false;
        QString type; // "" (finished), "unfinished", "vanished" or "obsolete"
        QStringList translations; // one text, or one per plural form of the language

        bool isLive() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
        bool isFinished() const { return type.isEmpty(); }
        bool hasTranslation() const;
        // What identifies a message for lupdate: the same key in another context is "the same text".
        QString textKey() const;
        QString key() const { return context + QLatin1Char('\x1f') + textKey(); }

        QXmlStreamAttributes attributes; // of <message> (numerus, id)
        QList<Element> extras;
    };

    bool load(const QString& path, QString* error = nullptr);
    bool save(const QString& path, QString* error = nullptr) const;

    QString path() const { return m_path; }
    QString language() const;
    const QList<Message>& messages() const { return m_messages; }

    void setTranslation(int index, const QStringList& translations, bool finished);
    void remove(int index);

private:
    QString m_path;
    QXmlStreamAttributes m_attributes; // of <TS>
    QList<Message> m_messages; // in file order; contexts are consecutive runs
};
