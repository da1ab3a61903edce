#pragma once

#include "ranking/Ranking.h"

#include <QVariantAnimation>
#include <QWidget>

namespace unblock::app {

// The results revealed to the room: bars grow from the last place up to the
// first, each with its rank, score and title in words (never colour alone).
class RevealChart : public QWidget {
    Q_OBJECT
public:
    explicit RevealChart(QWidget* parent = nullptr);
    void reveal(const RankingResult& result, int rowsShown);
    void finish() { m_animation.setCurrentTime(m_animation.duration()); }
    qreal progress() const { return m_progress; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<RankedRow> m_rows;
    VoteMethod m_method = VoteMethod::Dots;
    qreal m_progress = 1.0;
    QVariantAnimation m_animation;
};

} // namespace unblock::app
