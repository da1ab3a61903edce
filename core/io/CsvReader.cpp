#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace unblock {
namespace {

// Whichever the heading row uses more: the first line that is not blank
// (blank rows above the heading are skipped as the rows below are).
QChar separatorFor(QStringView text) {
    for (QStringView line : text.tokenize(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        return line.count(u';') > line.count(u',') ? u';' : u',';
    }
    return u',';
}

} // namespace

Result<std::vector<CsvRecord>> readCsv(const QByteArray& bytes) {
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Csv", "The file is not UTF-8 text. Save it from "
                                                        "the spreadsheet as “CSV UTF-8”.")};
    }
    const QChar separator = separatorFor(text);
    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    QString cell;
    bool quoted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype start = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.cells << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.cells << cell;
            cell.clear();
            records.push_back(std::move(record));
            record = CsvRecord{++line, {}};
        } else {
            cell += c;
        }
    }
    if (quoted) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Csv", "Line %1: a quoted cell is never closed.")
                         .arg(quoteLine)};
    }
    if (!cell.isEmpty() || !record.cells.isEmpty()) {
        record.cells << cell;
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace unblock
