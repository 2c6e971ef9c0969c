// The named colour roles read well on light, dark and high-contrast palettes, and every view's "red" is one red.
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"

#include <QGuiApplication>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace {

using Role = StateColorPalette::Role;

QPalette makePalette(QColor window, QColor base, QColor alternateBase, QColor text)
{
    QPalette palette(window);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, alternateBase);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
    }
    return palette;
}

const QList<Role> TextRoles {Role::Danger, Role::Caution, Role::Success, Role::Muted};

} // namespace

class TestStateColorPalette : public QObject
{
    Q_OBJECT

private slots:
    void textRolesReadOnEveryPalette_data();
    void textRolesReadOnEveryPalette();
    void lightAndDarkAreTold();
    void oneRedForRiskAndFailure();
    void riskColorFollowsTheApplicationPalette();
    void contrastFormula();
    void chartBaselineIsAColourOfItsOwn_data();
    void chartBaselineIsAColourOfItsOwn();
};

void TestStateColorPalette::textRolesReadOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light (Fusion)") << makePalette(
        QColor(0xef, 0xef, 0xef), Qt::white, QColor(0xf7, 0xf7, 0xf7), Qt::black);
    QTest::newRow("dark") << makePalette(
        QColor(0x35, 0x35, 0x35), QColor(0x1e, 0x1e, 0x1e), QColor(0x2a, 0x2a, 0x2a), QColor(0xee, 0xee, 0xee));
    QTest::newRow("high contrast black") << makePalette(Qt::black, Qt::black, Qt::black, Qt::white);
    QTest::newRow("high contrast white") << makePalette(Qt::white, Qt::white, Qt::white, Qt::black);
    // A scheme the designed colours were not made for: the roles fall back to the palette's text.
    QTest::newRow("mid grey") << makePalette(
        QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80), Qt::black);
    QTest::newRow("dark grey, light text")
        << makePalette(QColor(0x4a, 0x4a, 0x4a), QColor(0x55, 0x55, 0x55), QColor(0x5a, 0x5a, 0x5a), Qt::white);
}

void TestStateColorPalette::textRolesReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const StateColorPalette states(palette);
    for (Role role : TextRoles) {
        const QColor color = states.color(role);
        for (auto background : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            const double ratio = StateColorPalette::contrast(color, palette.color(background));
            QVERIFY2(ratio >= StateColorPalette::MinimumTextContrast,
                     qPrintable(QStringLiteral("role %1 %2 on %3: %4")
                                    .arg(int(role))
                                    .arg(color.name(), palette.color(background).name())
                                    .arg(ratio)));
        }
    }
    // The boxes carry their own background: their text reads on it, and so do the state colours drawn on an alert row.
    QVERIFY(StateColorPalette::contrast(states.color(Role::NoticeText), states.color(Role::NoticeBackground)) >= 4.5);
    QVERIFY(StateColorPalette::contrast(states.color(Role::AlertText), states.color(Role::AlertBackground)) >= 4.5);
    QVERIFY(StateColorPalette::contrast(states.color(Role::NavigationHighlightText),
                                        states.color(Role::NavigationHighlight))
            >= 4.5);
    if (states.color(Role::Danger) != palette.color(QPalette::Text)) {
        QVERIFY(StateColorPalette::contrast(states.color(Role::Danger), states.color(Role::AlertBackground)) >= 4.5);
        QVERIFY(StateColorPalette::contrast(states.color(Role::Success), states.color(Role::AlertBackground)) >= 4.5);
    }
}

void TestStateColorPalette::lightAndDarkAreTold()
{
    const QPalette light = makePalette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::white, Qt::black);
    const QPalette dark
        = makePalette(QColor(0x35, 0x35, 0x35), QColor(0x1e, 0x1e, 0x1e), QColor(0x2a, 0x2a, 0x2a), Qt::white);
    QVERIFY(!StateColorPalette::isDark(light));
    QVERIFY(StateColorPalette::isDark(dark));
    // The same role, a different colour: dark text on light, light text on dark.
    QVERIFY(StateColorPalette(light).color(Role::Danger).lightness()
            < StateColorPalette(dark).color(Role::Danger).lightness());
}

void TestStateColorPalette::oneRedForRiskAndFailure()
{
    const QColor danger = StateColorPalette().color(Role::Danger);
    QCOMPARE(ViewStyle::riskColor(RiskLevel::Critical), danger);
    QCOMPARE(ViewStyle::riskColor(RiskLevel::High), danger);
    QCOMPARE(ViewStyle::riskColor(RiskLevel::Medium), StateColorPalette().color(Role::Caution));
    QVERIFY(!ViewStyle::riskColor(RiskLevel::Low).isValid()); // plain text
    QVERIFY(ViewStyle::boxStyle(QStringLiteral("QLabel#x"), ViewStyle::Box::Alert)
                .contains(StateColorPalette().name(Role::AlertBackground)));
}

void TestStateColorPalette::riskColorFollowsTheApplicationPalette()
{
    // Risk colours are worked out once per palette: a new palette (dark mode, high contrast) gives its own.
    const QPalette original = QGuiApplication::palette();
    const QPalette light = makePalette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::white, Qt::black);
    const QPalette dark
        = makePalette(QColor(0x35, 0x35, 0x35), QColor(0x1e, 0x1e, 0x1e), QColor(0x2a, 0x2a, 0x2a), Qt::white);
    const QPalette contrast = makePalette(Qt::black, Qt::black, Qt::black, Qt::yellow); // red cannot be read here
    for (const QPalette& palette : {light, dark, contrast, light}) {
        QGuiApplication::setPalette(palette);
        QCOMPARE(ViewStyle::riskColor(RiskLevel::High), StateColorPalette(palette).color(Role::Danger));
        QCOMPARE(ViewStyle::riskColor(RiskLevel::Critical), StateColorPalette(palette).color(Role::Danger));
        QCOMPARE(ViewStyle::riskColor(RiskLevel::Medium), StateColorPalette(palette).color(Role::Caution));
        QVERIFY(!ViewStyle::riskColor(RiskLevel::Low).isValid());
    }
    QVERIFY(StateColorPalette(dark).color(Role::Danger) != StateColorPalette(light).color(Role::Danger));
    QGuiApplication::setPalette(original);
}

void TestStateColorPalette::contrastFormula()
{
    QCOMPARE(qRound(StateColorPalette::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(StateColorPalette::contrast(Qt::red, Qt::red), 1.0);
    QCOMPARE(StateColorPalette::contrast(Qt::black, Qt::white), StateColorPalette::contrast(Qt::white, Qt::black));
}

void TestStateColorPalette::chartBaselineIsAColourOfItsOwn_data()
{
    textRolesReadOnEveryPalette_data();
}

void TestStateColorPalette::chartBaselineIsAColourOfItsOwn()
{
    // The history chart's first bar ("already there at the first look") must not read as a risk level or as one of
    // the other bars: a clear hue, away from the risk reds and ambers and from the selection blue, and never grey.
    QFETCH(QPalette, palette);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6)); // Fusion's selection blue
    const StateColorPalette states(palette);
    const QColor baseline = states.color(Role::ChartBaseline);
    QVERIFY2(baseline.hslSaturation() >= 80, qPrintable(baseline.name())); // not the grey of Low or Muted
    const auto hueDistance = [](const QColor& a, const QColor& b) {
        const int d = std::abs(a.hslHue() - b.hslHue());
        return std::min(d, 360 - d);
    };
    for (const QColor& other : {states.color(Role::Danger),
                                states.color(Role::Caution),
                                states.color(Role::Success),
                                palette.color(QPalette::Highlight)}) {
        if (other.hslSaturation() < 40) {
            continue; // a high-contrast fallback to the text colour: no hue to be mistaken for
        }
        QVERIFY2(hueDistance(baseline, other) >= 40, qPrintable(baseline.name() + QLatin1Char(' ') + other.name()));
    }
    QVERIFY(baseline != states.color(Role::Muted));
}

QTEST_MAIN(TestStateColorPalette)
#include "TestStateColorPalette.moc"
