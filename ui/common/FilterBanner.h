#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/**
 * The line above a list that another view opened filtered ("Only the apps whose riskiest permission is
 * Critical.") with "Show all" beside it, so a filtered list never passes for the whole one. Hidden when nothing is
 * filtered.
 */
class FilterBanner : public QFrame
{
    Q_OBJECT

public:
    explicit FilterBanner(QWidget* parent = nullptr);

    void showFilter(const QString& description);
    void clear(); // hides it (without cleared(): the view resets its own filter)
    bool isFiltering() const { return m_filtering; }
    QString description() const;

signals:
    void cleared(); // the admin pressed "Show all"

private:
    QLabel* m_text = nullptr;
    QPushButton* m_showAll = nullptr;
    bool m_filtering = false;
};
