#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <vector>

namespace unblock {

struct ComparedWorkshop;

// A quarter of a year: 2026 Q1 is {2026, 1}.
struct Quarter {
    int year = 0;
    int number = 0; // 1 to 4
    auto operator<=>(const Quarter&) const = default;
    QString name() const; // "2026 Q1"
};
Quarter quarterOf(const QDate& date);

// A programme of workshops seen whole: how many of them raised something (a
// blocker, a category), when first and last, and how that changed quarter by
// quarter. Counts, never lists of names, so a table stays readable at 4,000
// workshops; the names go to the CSV.
class Programme {
public:
    explicit Programme(const std::vector<ComparedWorkshop>& workshops);

    // Every quarter from the earliest dated workshop's to the latest's, the
    // quarters without a workshop included; empty if none is dated.
    const std::vector<Quarter>& quarters() const { return m_quarters; }
    // How many workshops were held in each of quarters().
    const std::vector<int>& heldByQuarter() const { return m_held; }
    QDate firstDate() const;
    QDate lastDate() const;

    // `raisedBy` are indexes into the workshops, ascending.
    QString share(const std::vector<int>& raisedBy) const; // "12 of 400 (3%)"
    QDate first(const std::vector<int>& raisedBy) const;   // invalid if none is dated
    QDate last(const std::vector<int>& raisedBy) const;
    std::vector<int> raisedByQuarter(const std::vector<int>& raisedBy) const;
    // One mark a quarter, as high as the share of that quarter's workshops
    // that raised it ("▁▃▅█", "·" for a quarter without a workshop), then
    // whether it is rising, falling or steady.
    QString trend(const std::vector<int>& raisedBy) const;
    // "2026 Q1: 2 of 5; 2026 Q2: 0 of 3" for the CSV.
    QString trendInWords(const std::vector<int>& raisedBy) const;
    // The share of quarter q's workshops that raised it, "40%" ("–" if none held).
    QString shareIn(std::size_t quarter, const std::vector<int>& raisedBy) const;

private:
    const std::vector<ComparedWorkshop>& m_workshops;
    std::vector<Quarter> m_quarters;
    std::vector<int> m_held;
    std::vector<int> m_quarterOf; // per workshop: its index in m_quarters, -1 if undated
};

} // namespace unblock
