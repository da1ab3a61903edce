#include "report/Programme.h"

#include "report/Comparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

Quarter nextQuarter(Quarter q) {
    return q.number == 4 ? Quarter{q.year + 1, 1} : Quarter{q.year, q.number + 1};
}

// "3%"; a share that rounds to nothing but is not nothing is "<1%".
QString percent(int part, int whole) {
    const long rounded = std::lround(100.0 * part / whole);
    return part > 0 && rounded == 0 ? Tr::tr("<1%") : Tr::tr("%1%").arg(rounded);
}

// A change of ten percentage points or more between the earlier and the later
// half of the quarters is a trend; less is steady.
constexpr double kTrendPoints = 0.10;

// The share of the workshops held in quarters [from, to) that raised it:
// weighted by the workshops, so a quarter of one workshop counts as one.
double shareOver(const std::vector<int>& raised, const std::vector<int>& held, std::size_t from,
                 std::size_t to) {
    int raisedThere = 0;
    int heldThere = 0;
    for (std::size_t q = from; q < to; ++q) {
        raisedThere += raised[q];
        heldThere += held[q];
    }
    return heldThere > 0 ? static_cast<double>(raisedThere) / heldThere : 0;
}

} // namespace

QString Quarter::name() const {
    static const char* const months[] = {
        QT_TRANSLATE_NOOP("Comparison", "Jan–Mar"), QT_TRANSLATE_NOOP("Comparison", "Apr–Jun"),
        QT_TRANSLATE_NOOP("Comparison", "Jul–Sep"), QT_TRANSLATE_NOOP("Comparison", "Oct–Dec")};
    return Tr::tr("%1 %2").arg(Tr::tr(months[std::clamp(number, 1, 4) - 1])).arg(year);
}

Quarter quarterOf(const QDate& date) {
    return {date.year(), (date.month() - 1) / 3 + 1};
}

Programme::Programme(const std::vector<ComparedWorkshop>& workshops)
    : m_workshops(workshops)
    , m_quarterOf(workshops.size(), -1) {
    if (firstDate().isValid()) {
        const Quarter end = quarterOf(lastDate());
        for (Quarter q = quarterOf(firstDate()); q <= end; q = nextQuarter(q))
            m_quarters.push_back(q);
        if (m_quarters.size() > kMostQuarters)
            m_quarters.erase(m_quarters.begin(), m_quarters.end() - kMostQuarters);
    }
    m_held.assign(m_quarters.size(), 0);
    for (std::size_t w = 0; w < workshops.size(); ++w) {
        if (!workshops[w].date.isValid() || quarterOf(workshops[w].date) < m_quarters.front())
            continue; // undated, or before the quarters the trend follows
        const auto at =
            std::lower_bound(m_quarters.begin(), m_quarters.end(), quarterOf(workshops[w].date));
        m_quarterOf[w] = static_cast<int>(at - m_quarters.begin());
        ++m_held[static_cast<std::size_t>(m_quarterOf[w])];
    }
}

QDate Programme::firstDate() const {
    QDate first;
    for (const ComparedWorkshop& w : m_workshops) {
        if (w.date.isValid() && (!first.isValid() || w.date < first))
            first = w.date;
    }
    return first;
}

QDate Programme::lastDate() const {
    QDate last;
    for (const ComparedWorkshop& w : m_workshops)
        last = std::max(last, w.date);
    return last;
}

QString Programme::share(const std::vector<int>& raisedBy) const {
    const int of = static_cast<int>(m_workshops.size());
    const int n = static_cast<int>(raisedBy.size());
    return Tr::tr("%1 of %2 (%3)").arg(n).arg(of).arg(percent(n, of));
}

QDate Programme::first(const std::vector<int>& raisedBy) const {
    QDate first;
    for (const int w : raisedBy) {
        const QDate date = m_workshops[static_cast<std::size_t>(w)].date;
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    }
    return first;
}

QDate Programme::last(const std::vector<int>& raisedBy) const {
    QDate last;
    for (const int w : raisedBy)
        last = std::max(last, m_workshops[static_cast<std::size_t>(w)].date);
    return last;
}

std::vector<int> Programme::raisedByQuarter(const std::vector<int>& raisedBy) const {
    std::vector<int> raised(m_quarters.size(), 0);
    for (const int w : raisedBy) {
        if (const int q = m_quarterOf[static_cast<std::size_t>(w)]; q >= 0)
            ++raised[static_cast<std::size_t>(q)];
    }
    return raised;
}

QString Programme::trend(const std::vector<int>& raisedBy) const {
    static const QString marks = u"▁▂▃▄▅▆▇█"_s;
    const std::vector<int> raised = raisedByQuarter(raisedBy);
    QString line;
    std::vector<std::size_t> held; // the quarters that held a workshop
    for (std::size_t q = 0; q < raised.size(); ++q) {
        if (m_held[q] == 0) {
            line += u'·';
            continue;
        }
        held.push_back(q);
        const double share = static_cast<double>(raised[q]) / m_held[q];
        const auto level =
            raised[q] == 0 ? 0 : 1 + std::lround(share * static_cast<double>(marks.size() - 2));
        line += marks.at(level);
    }
    if (held.size() < 2)
        return line;
    // The earlier half of the quarters that held workshops against the later
    // half (the middle one of an odd number in neither).
    const std::size_t half = held.size() / 2;
    const double change = shareOver(raised, m_held, held[held.size() - half], raised.size()) -
                          shareOver(raised, m_held, 0, held[half - 1] + 1);
    const QString word = change >= kTrendPoints    ? Tr::tr("rising")
                         : change <= -kTrendPoints ? Tr::tr("falling")
                                                   : Tr::tr("steady");
    return line + u' ' + word;
}

QString Programme::trendInWords(const std::vector<int>& raisedBy) const {
    const std::vector<int> raised = raisedByQuarter(raisedBy);
    QStringList quarters;
    for (std::size_t q = 0; q < raised.size(); ++q) {
        if (m_held[q] > 0)
            quarters
                << Tr::tr("%1: %2 of %3").arg(m_quarters[q].name()).arg(raised[q]).arg(m_held[q]);
    }
    return quarters.join(u"; ");
}

QString Programme::shareIn(std::size_t quarter, const std::vector<int>& raisedBy) const {
    if (m_held[quarter] == 0)
        return u"–"_s;
    return percent(raisedByQuarter(raisedBy)[quarter], m_held[quarter]);
}

} // namespace unblock
