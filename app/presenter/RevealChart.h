#pragma once

#include "ranking/Ranking.h"

#include <QVariantAnimation>
#include <QWidget>

namespace unblock::app {

// The results revealed to the room: bars grow from the last place up to the
// first, each with its rank, score and title in words (never colour alone).
// It shows what core says every screen shows (topOnScreen): an item tied
// with the last one shown is shown too. Rows keep one size however many
// there are, so the type does not shrink as items are added; when they are
// more than a screen holds they come in pages, the lowest places first, and
// items tied with each other share a page (an "=" is never alone). A title
// takes two lines before it is cut short with "…".
class RevealChart : public QWidget {
    Q_OBJECT
public:
    explicit RevealChart(QWidget* parent = nullptr);
    void reveal(VoteMethod method, const TopSelection& shown);
    void finish() { m_animation.setCurrentTime(m_animation.duration()); }
    qreal progress() const { return m_progress; }
    // The facilitator's clicker: the next item in at once (the animation
    // stops and waits for the next press), or the last one out again.
    void showNext();
    void showPrevious();
    int itemsShown() const;
    static constexpr int kRows = 8; // rows a page is laid out for

    // What each row says, title as shown (wrapped, cut), for tests: every
    // row, whatever page it is on.
    QStringList rowTexts() const;
    // The rows on the page the room sees now, by their index in rowTexts().
    std::vector<int> rowsOnScreen() const;
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // The type size of every row, whatever their number.
    int rowPixelSize() const { return rowLayout(0).font.pixelSize(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct RowLayout {
        QRectF rank, title, bar;
        QFont font;
    };
    RowLayout rowLayout(int slot) const;
    QString shownTitle(const RankedRow& row, const RowLayout& layout) const;
    // The page holding the topmost row the room can see, or the last page
    // before any row is in.
    int currentPage() const;
    qreal rowProgress(int row) const; // 0 hidden … 1 whole

    std::vector<RankedRow> m_rows;
    std::vector<std::vector<int>> m_pages; // rows by page, the top places first
    QString m_note;                        // why the top has more rows, from core
    VoteMethod m_method = VoteMethod::Dots;
    qreal m_progress = 1.0;
    QVariantAnimation m_animation;
};

} // namespace unblock::app
