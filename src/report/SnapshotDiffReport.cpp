#include "SnapshotDiffReport.h"

#include "FirstSeenHistory.h"
#include "PermissionReport.h"

#include <QLocale>
#include <QMap>

namespace {

// A text of the page: as written (English) or through the translator, never a mix.
class PageText
{
public:
    explicit PageText(SnapshotDiffReport::Language language)
        : m_translate(language == SnapshotDiffReport::Language::Interface)
    {
    }
    bool translated() const { return m_translate; }
    QString operator()(const char* context, const char* source) const
    {
        return m_translate ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
    }

private:
    bool m_translate = false;
};

} // namespace

QString SnapshotDiffReport::escape(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar ch : text) {
        // Controls and bidirectional overrides could hide or reorder what a reader sees.
        if ((ch.category() == QChar::Other_Control && ch != QLatin1Char('\n'))
            || ch.category() == QChar::Other_Format) {
            continue;
        }
        clean.append(ch);
    }
    return clean.toHtmlEscaped();
}

QByteArray SnapshotDiffReport::html(const QList<SnapshotChange>& changes,
                                    const Side& before,
                                    const Side& after,
                                    const QStringList& notCompared,
                                    Language language)
{
    const PageText text(language);
    const bool translated = text.translated();
    QMap<int, int> byRisk;
    for (const auto& c : changes) {
        ++byRisk[int(c.risk)];
    }
    const QString lang = translated ? QLocale().bcp47Name() : QStringLiteral("en");
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(escape(lang));
    h += QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    //: The title of the HTML report of a snapshot comparison (the browser's tab)
    h += QStringLiteral("<title>%1</title>\n")
             .arg(escape(
                 text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "ConsentDesk snapshot diff"))));
    h += QStringLiteral(
        "<style>\n"
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#1b1b1b;background:#fff}\n"
        "h1{font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em}\n"
        "th,td{border:1px solid #c8c8c8;padding:.35em .5em;text-align:left;vertical-align:top;"
        "overflow-wrap:anywhere}\n"
        "th{background:#f0f0f0}tr:nth-child(even) td{background:#fafafa}\n"
        ".risk{font-weight:600;white-space:nowrap}.critical{color:#a4000f}.high{color:#b34700}"
        ".medium{color:#7a5c00}.low,.unranked{color:#4a4a4a}\n"
        ".added{color:#0b6a0b}.removed{color:#a4000f}.changed{color:#004e8c}.date{white-space:nowrap}\n"
        "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}\n"
        "@media (prefers-color-scheme: dark){body{background:#1e1e1e;color:#eee}th{background:#333}"
        "tr:nth-child(even) td{background:#262626}th,td{border-color:#555}.critical{color:#ff8a8a}"
        ".high{color:#ffb070}.medium{color:#ffd966}.low,.unranked{color:#bbb}.added{color:#7fd67f}"
        ".removed{color:#ff8a8a}.changed{color:#8ec5ff}}\n"
        "</style>\n</head>\n<body>\n");
    //: The heading of the HTML report of a snapshot comparison
    h += QStringLiteral("<h1>%1</h1>\n<dl>\n")
             .arg(escape(
                 text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "ConsentDesk: what changed"))));
    auto side = [&h, &text](const QString& title, const Side& s) {
        //: One side of a snapshot comparison: %1 the file (or "the tenant now"), %2 the tenant, %3 when it was taken
        const QString line = text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "%1 — %2, taken %3"))
                                 .arg(s.label, s.tenant, s.taken);
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escape(title), escape(line));
    };
    side(text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Before")), before);
    side(text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "After")), after);
    //: The HTML report's line with the number of changes, by risk
    h += QStringLiteral("<dt>%1</dt><dd>%2")
             .arg(escape(text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "Changes"))),
                  translated ? QLocale().toString(changes.size()) : QString::number(changes.size()));
    QStringList counts;
    for (auto it = byRisk.cend(); it != byRisk.cbegin();) {
        --it;
        const RiskLevel level = RiskLevel(it.key());
        counts.append(translated
                          //: How many changes have one risk level: %1 the level ("High"), %2 the number
                          ? tr("%1: %2").arg(Risk::displayName(level), QLocale().toString(it.value()))
                          : QStringLiteral("%1 %2").arg(it.value()).arg(Risk::toKey(level)));
    }
    if (!counts.isEmpty()) {
        h += QStringLiteral(" (") + escape(counts.join(QStringLiteral(", "))) + QStringLiteral(")");
    }
    h += QStringLiteral("</dd>\n");
    if (!notCompared.isEmpty()) {
        //: The HTML report's line naming the parts a snapshot could not read
        const QString title = text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "Not compared"));
        const QString what = translated ? notCompared.join(QLatin1Char(' '))
                                        : QStringLiteral("%1 (that snapshot could not read them)")
                                              .arg(notCompared.join(QStringLiteral("; ")));
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escape(title), escape(what));
    }
    h += QStringLiteral("</dl>\n");
    if (changes.isEmpty()) {
        //: The HTML report of a snapshot comparison when both sides hold the same
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(escape(text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "No differences."))));
    } else {
        const QStringList headings {
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Risk")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Change")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Kind")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "App")),
            //: Column title: the app's application (client) id
            text("SnapshotDiffReport", QT_TRANSLATE_NOOP("SnapshotDiffReport", "App id")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Permission or setting")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Resource")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "User")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "Before")),
            text("SnapshotDiffDialog", QT_TRANSLATE_NOOP("SnapshotDiffDialog", "After")),
            translated ? PermissionReport::firstSeenColumn().title : QStringLiteral("First seen"),
        };
        h += QStringLiteral("<table>\n<thead><tr>");
        for (const QString& heading : headings) {
            h += QStringLiteral("<th>") + escape(heading) + QStringLiteral("</th>");
        }
        h += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const auto& c : changes) {
            const QString risk = Risk::toKey(c.risk);
            const QString change = SnapshotChange::changeName(c.change);
            h += QStringLiteral("<tr><td class=\"risk %1\">%2</td><td class=\"%3\">%4</td>")
                     .arg(risk,
                          escape(translated ? Risk::displayName(c.risk) : risk),
                          change,
                          escape(translated ? SnapshotChange::changeText(c.change) : change));
            const QStringList cells {
                translated ? SnapshotChange::kindText(c.kind) : SnapshotChange::kindName(c.kind),
                c.app,
                c.appId,
                translated ? c.permissionText() : c.permission,
                c.resource,
                c.principal,
                translated ? c.beforeText() : c.before,
                translated ? c.afterText() : c.after,
            };
            for (const QString& cell : cells) {
                h += QStringLiteral("<td>") + escape(cell) + QStringLiteral("</td>");
            }
            h += QStringLiteral("<td class=\"date\">") + escape(FirstSeenHistory::dateText(c.firstSeen))
                 + QStringLiteral("</td></tr>\n");
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    const QString footer
        = translated ? QCoreApplication::translate("SnapshotDiffDialog",
                                                   "Microsoft Graph records no time for a grant: each change happened "
                                                   "at some moment between the two snapshots.")
                     : QStringLiteral("Graph records no time for a grant: a change happened at some moment between the "
                                      "two snapshots.");
    //: The HTML report's note on the First seen column
    const QString firstSeenNote = text(
        "SnapshotDiffReport",
        QT_TRANSLATE_NOOP("SnapshotDiffReport",
                          "First seen: the day ConsentDesk on the computer that made this report first saw the grant "
                          "(in a list it read or a snapshot it opened); the grant may be older."));
    h += QStringLiteral("<p><small>%1<br>%2</small></p>\n</body>\n</html>\n")
             .arg(escape(footer), escape(firstSeenNote));
    return h.toUtf8();
}
