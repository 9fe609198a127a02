#include "send/sendhistory.h"

#include <algorithm>

namespace maxmon {

SendHistory::SendHistory(int maxEntries)
    : m_maxEntries(std::max(1, maxEntries))
{ }

void SendHistory::add(const Entry &entry)
{
    if (m_entries.isEmpty() || !(m_entries.constLast() == entry))
        m_entries.append(entry);
    while (m_entries.size() > m_maxEntries)
        m_entries.removeFirst();
    resetBrowsing();
}

bool SendHistory::previous(const Entry &draft, Entry *entry)
{
    if (m_position == 0)
        return false;
    if (!isBrowsing())
        m_draft = draft;
    --m_position;
    *entry = m_entries.at(m_position);
    return true;
}

bool SendHistory::next(Entry *entry)
{
    if (!isBrowsing())
        return false;
    ++m_position;
    *entry = isBrowsing() ? m_entries.at(m_position) : m_draft;
    return true;
}

void SendHistory::resetBrowsing()
{
    m_position = m_entries.size();
    m_draft = Entry();
}

} // namespace maxmon
