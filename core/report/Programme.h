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
    // "Jan–Mar 2026": councils' own quarters run from April, so calendar
    // quarters are named by their months, never "Q1".
    QString name() const;
};
Quarter quarterOf(const QDate& date);

// A programme of workshops seen whole: how many of them raised something (a
// blocker, a category), when first and last, and how that changed quarter by
// quarter. Counts, never lists of names, so a table stays readable at 4,000
// workshops; the names go to the CSV.
class Programme {
public:
    explicit Programme(const std::vector<ComparedWorkshop>& workshops);
    Programme(std::vector<ComparedWorkshop>&&) = delete; // it keeps a reference

    // The trend follows at most the latest five years: a workshop dated years
    // earlier by mistake must not stretch every trend into hundreds of marks.
    static constexpr std::size_t kMostQuarters = 20;

    // Every quarter from the earliest dated workshop's to the latest's (at
    // most kMostQuarters, the latest), the quarters without a workshop
    // included; empty if none is dated.
    const std::vector<Quarter>& quarters() const { return m_quarters; }
    // How many workshops were held in each of quarters().
    const std::vector<int>& heldByQuarter() const { return m_held; }
    QDate firstDate() const;
    QDate lastDate() const;

    // `raisedBy` are indexes into the workshops, ascending.
    QString share(const std::vector<int>& raisedBy) const; // "12 of 400 (3%)", "1 of 400 (<1%)"
    QDate first(const std::vector<int>& raisedBy) const;   // invalid if none is dated
    QDate last(const std::vector<int>& raisedBy) const;
    std::vector<int> raisedByQuarter(const std::vector<int>& raisedBy) const;
    // One mark a quarter, as high as the share of that quarter's workshops
    // that raised it ("▁▃▅█", "·" for a quarter without a workshop), then
    // whether it is rising, falling or steady.
    QString trend(const std::vector<int>& raisedBy) const;
    // "Jan–Mar 2026: 2 of 5; Apr–Jun 2026: 0 of 3" for the CSV.
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
