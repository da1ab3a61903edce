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

QString percent(int part, int whole) {
    return Tr::tr("%1%").arg(std::lround(100.0 * part / whole));
}

// A change of ten percentage points or more between the earlier and the later
// half of the quarters is a trend; less is steady.
constexpr double kTrendPoints = 0.10;

} // namespace

QString Quarter::name() const {
    return Tr::tr("%1 Q%2").arg(year).arg(number);
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
    }
    m_held.assign(m_quarters.size(), 0);
    for (std::size_t w = 0; w < workshops.size(); ++w) {
        if (!workshops[w].date.isValid())
            continue;
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
    std::vector<double> shares; // of the quarters that held a workshop
    for (std::size_t q = 0; q < raised.size(); ++q) {
        if (m_held[q] == 0) {
            line += u'·';
            continue;
        }
        const double share = static_cast<double>(raised[q]) / m_held[q];
        shares.push_back(share);
        const auto level =
            raised[q] == 0 ? 0 : 1 + std::lround(share * static_cast<double>(marks.size() - 2));
        line += marks.at(level);
    }
    if (shares.size() < 2)
        return line;
    const std::size_t half = shares.size() / 2;
    const auto mean = [](auto from, auto to) {
        double sum = 0;
        for (auto it = from; it != to; ++it)
            sum += *it;
        return sum / static_cast<double>(to - from);
    };
    const double change = mean(shares.end() - static_cast<std::ptrdiff_t>(half), shares.end()) -
                          mean(shares.begin(), shares.begin() + static_cast<std::ptrdiff_t>(half));
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
