#include "model/TextRules.h"

#include "support/catch.h"

using namespace unblock;
using namespace Qt::StringLiterals;

TEST_CASE("Text within the rules passes, trimmed") {
    CHECK(checkText(u"  Weak leadership "_s, TextKind::Line, u"title"_s, true).ok());
    CHECK(tidyText(u"  Weak leadership "_s) == u"Weak leadership");
    CHECK(
        checkText(u"Cymraeg: ‘Arweinyddiaeth wan’ – ŵ ŷ"_s, TextKind::Line, u"title"_s, true).ok());
    CHECK(checkText(u"<script>alert(1)</script>"_s, TextKind::Line, u"title"_s, true).ok());
    CHECK(
        checkText(u"line one\nline two\tindented"_s, TextKind::Paragraph, u"detail"_s, true).ok());
    CHECK(checkText(QString(), TextKind::Line, u"venue"_s, false).ok());
}

TEST_CASE("Text breaking the rules gets a specific message") {
    auto message = [](const QString& text, TextKind kind) {
        const Status s = checkText(text, kind, u"blocker title"_s, true);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::InvalidInput);
        return s.error().message;
    };
    CHECK(message(u"   "_s, TextKind::Line) == u"The blocker title is empty.");
    CHECK(message(u"two\nlines"_s, TextKind::Line) ==
          u"The blocker title contains a line break; it must be one line.");
    CHECK(message(u"bell\u0007"_s, TextKind::Paragraph) ==
          u"The blocker title contains a control character (U+0007) at position 5.");
    CHECK(message(u"esc\u001b[31m"_s, TextKind::Line).contains(u"U+001b"));
    CHECK(message(QString(1024 * 1024, u'x'), TextKind::Paragraph) ==
          u"The blocker title is 1,048,576 characters long; the limit is 20,000.");
    CHECK(message(QString(501, u'x'), TextKind::Line).contains(u"the limit is 500"));
}

TEST_CASE("A long title is cut to fit, at a word, a sentence or between characters") {
    const QString words = QString(u"word "_s).repeated(150).trimmed();
    const SplitTitle atWord = splitLongTitle(words);
    CHECK(atWord.title.size() <= TextLimits::line);
    CHECK(atWord.title.endsWith(u"word\u2026"_s));
    CHECK(atWord.detail == words);

    const QString sentence = u"Budgets are cut every year. "_s + words;
    CHECK(splitLongTitle(sentence).title == u"Budgets are cut every year."_s);

    // Found by the text-rules fuzz target: an emoji across the limit was cut
    // in half, leaving a lone surrogate in the title.
    const QString emoji = QString(498, u'a') + u"\U0001F600 tail"_s;
    const SplitTitle cut = splitLongTitle(emoji);
    CHECK(cut.title.size() <= TextLimits::line);
    CHECK(QStringView(cut.title).isValidUtf16());
    CHECK(cut.title == QString(498, u'a') + QChar(0x2026));
}
