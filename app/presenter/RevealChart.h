#pragma once

#include "ranking/Ranking.h"

#include <QVariantAnimation>
#include <QWidget>

namespace unblock::app {

// The results revealed to the room: bars grow from the last place up to the
// first, each with its rank, score and title in words (never colour alone).
// Rows keep one size however many there are, so the type does not shrink as
// items are added; a title takes two lines before it is cut short.
class RevealChart : public QWidget {
    Q_OBJECT
public:
    explicit RevealChart(QWidget* parent = nullptr);
    void reveal(const RankingResult& result, int rowsShown);
    void finish() { m_animation.setCurrentTime(m_animation.duration()); }
    qreal progress() const { return m_progress; }
    // The facilitator's clicker: the next item in at once (the animation
    // stops and waits for the next press), or the last one out again.
    void showNext();
    void showPrevious();
    int itemsShown() const;
    static constexpr int kRows = 8; // rows the chart is laid out for

    // What each row says, title as shown (wrapped, cut), for tests.
    QStringList rowTexts() const;
    // The type size of every row, whatever their number.
    int rowPixelSize() const { return rowLayout(0).font.pixelSize(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct RowLayout {
        QRectF rank, title, bar;
        QFont font;
    };
    RowLayout rowLayout(int index) const;
    QString shownTitle(const RankedRow& row, const RowLayout& layout) const;

    std::vector<RankedRow> m_rows;
    VoteMethod m_method = VoteMethod::Dots;
    qreal m_progress = 1.0;
    QVariantAnimation m_animation;
};

} // namespace unblock::app
