// The text rules every typed or imported title and detail passes through.
// The input is two texts, split at the first NUL.
#include "FuzzSupport.h"
#include "model/TextRules.h"

#include <cstdlib>

using namespace unblock;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QString first = QString::fromUtf8(nul < 0 ? input : input.left(nul));
    const QString second = nul < 0 ? QString() : QString::fromUtf8(input.mid(nul + 1));

    for (const TextKind kind : {TextKind::Line, TextKind::Paragraph}) {
        for (const bool required : {false, true})
            (void)checkText(first, kind, QStringLiteral("Title"), required);
    }
    // Tidying is idempotent, and a split title fits the title's limit
    // without cutting a character in two.
    const QString tidy = tidyText(first);
    if (tidyText(tidy) != tidy)
        std::abort();
    const SplitTitle split = splitLongTitle(tidy);
    if (split.title.size() > TextLimits::line || !QStringView(split.title).isValidUtf16())
        std::abort();
    if (sameTitle(first, second) != sameTitle(second, first) || !sameTitle(first, first))
        std::abort();
    return 0;
}
