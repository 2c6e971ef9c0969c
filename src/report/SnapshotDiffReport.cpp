#include "SnapshotDiffReport.h"

#include <QMap>

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
                                    const QStringList& notCompared)
{
    QMap<int, int> byRisk;
    for (const auto& c : changes) {
        ++byRisk[int(c.risk)];
    }
    QString h;
    h += QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>ConsentDesk snapshot diff</title>\n<style>\n"
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#1b1b1b;background:#fff}\n"
        "h1{font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em}\n"
        "th,td{border:1px solid #c8c8c8;padding:.35em .5em;text-align:left;vertical-align:top;"
        "overflow-wrap:anywhere}\n"
        "th{background:#f0f0f0}tr:nth-child(even) td{background:#fafafa}\n"
        ".risk{font-weight:600;white-space:nowrap}.critical{color:#a4000f}.high{color:#b34700}"
        ".medium{color:#7a5c00}.low,.unranked{color:#4a4a4a}\n"
        ".added{color:#0b6a0b}.removed{color:#a4000f}.changed{color:#004e8c}\n"
        "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}\n"
        "@media (prefers-color-scheme: dark){body{background:#1e1e1e;color:#eee}th{background:#333}"
        "tr:nth-child(even) td{background:#262626}th,td{border-color:#555}.critical{color:#ff8a8a}"
        ".high{color:#ffb070}.medium{color:#ffd966}.low,.unranked{color:#bbb}.added{color:#7fd67f}"
        ".removed{color:#ff8a8a}.changed{color:#8ec5ff}}\n"
        "</style>\n</head>\n<body>\n<h1>ConsentDesk: what changed</h1>\n<dl>\n");
    auto side = [&h](const QString& title, const Side& s) {
        h += QStringLiteral("<dt>%1</dt><dd>%2 — %3, taken %4</dd>\n")
                 .arg(title, escape(s.label), escape(s.tenant), escape(s.taken));
    };
    side(QStringLiteral("Before"), before);
    side(QStringLiteral("After"), after);
    h += QStringLiteral("<dt>Changes</dt><dd>%1").arg(changes.size());
    QStringList counts;
    for (auto it = byRisk.cend(); it != byRisk.cbegin();) {
        --it;
        counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(Risk::toKey(RiskLevel(it.key()))));
    }
    if (!counts.isEmpty()) {
        h += QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + QStringLiteral(")");
    }
    h += QStringLiteral("</dd>\n");
    if (!notCompared.isEmpty()) {
        h += QStringLiteral("<dt>Not compared</dt><dd>%1 (that snapshot could not read them)</dd>\n")
                 .arg(escape(notCompared.join(QStringLiteral("; "))));
    }
    h += QStringLiteral("</dl>\n");
    if (changes.isEmpty()) {
        h += QStringLiteral("<p>No differences.</p>\n");
    } else {
        h += QStringLiteral("<table>\n<thead><tr><th>Risk</th><th>Change</th><th>Kind</th><th>App</th><th>App id</th>"
                            "<th>Permission or setting</th><th>Resource</th><th>User</th><th>Before</th>"
                            "<th>After</th></tr></thead>\n<tbody>\n");
        for (const auto& c : changes) {
            const QString risk = Risk::toKey(c.risk);
            const QString change = SnapshotChange::changeName(c.change);
            h += QStringLiteral("<tr><td class=\"risk %1\">%1</td><td class=\"%2\">%2</td><td>%3</td>")
                     .arg(risk, change, SnapshotChange::kindName(c.kind));
            for (const QString* cell :
                 {&c.app, &c.appId, &c.permission, &c.resource, &c.principal, &c.before, &c.after}) {
                h += QStringLiteral("<td>") + escape(*cell) + QStringLiteral("</td>");
            }
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    h += QStringLiteral("<p><small>Graph records no time for a grant: a change happened at some moment between the two "
                        "snapshots.</small></p>\n</body>\n</html>\n");
    return h.toUtf8();
}
