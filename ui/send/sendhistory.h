#pragma once

#include <QList>
#include <QString>

namespace maxmon {

// What was sent, for Up/Down in the send panel, shell style: Up walks back
// from the newest entry, Down walks forward and finally returns the draft
// that was being typed when the walk began.
class SendHistory
{
public:
    struct Entry
    {
        int mode = 0; // the send panel's mode and encoding when it was sent
        int encoding = 0;
        QString text; // or the file's path

        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.mode == b.mode && a.encoding == b.encoding && a.text == b.text;
        }
    };

    static constexpr int DefaultMaxEntries = 100;

    explicit SendHistory(int maxEntries = DefaultMaxEntries);

    // Adds at the end (a repeat of the newest entry is not added twice) and
    // ends any walk.
    void add(const Entry &entry);
    QList<Entry> entries() const { return m_entries; }
    int size() const { return static_cast<int>(m_entries.size()); }
    bool isBrowsing() const { return m_position < m_entries.size(); }

    // The entry before the current one; false at the oldest. The first step
    // back remembers draft.
    bool previous(const Entry &draft, Entry *entry);
    // The entry after the current one, or the draft after the newest; false
    // when not walking.
    bool next(Entry *entry);
    void resetBrowsing();

private:
    QList<Entry> m_entries;
    int m_maxEntries;
    qsizetype m_position = 0; // == size(): not walking
    Entry m_draft;
};

} // namespace maxmon
