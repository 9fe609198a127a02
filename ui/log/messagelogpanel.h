#pragma once

#include <maxmon/message.h>

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace maxmon {

class MatchDelegate;
class MessageLogFilter;
class MessageLogModel;

// The message log of one connection: a filter bar over a table of every
// message, newest at the bottom, following new messages unless paused.
// For Phoenix connections (setPhoenixMode) the table has the frames' topic,
// event, ref and status, and the bar filters by topic and event.
//
// Built for millions of rows: fixed row heights, fixed column widths but
// the last, no sorting, the model inserts in batches, and over a session
// file the filter runs in the background, with its progress and a Stop
// button under the table.
//
// The view holds still: while it does not follow (the user scrolled up,
// selected a row, turned Auto-scroll off or paused), the rows in view stay
// in view when the log drops its oldest rows at its capacity. Pause freezes
// the view and counts what arrives meanwhile. Following, it stays on the
// newest row also when the table is resized (a banner appears above it).
// Filter matches are highlighted in the Message column; an invalid regular
// expression marks the filter field with the reason.
class MessageLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MessageLogPanel(MessageLogModel *model, QWidget *parent = nullptr);

    MessageLogModel *model() const { return m_model; }
    MessageLogFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *regexCheck() const { return m_regex; }
    QComboBox *directionCombo() const { return m_direction; }
    QPushButton *kindsButton() const { return m_kinds; }
    QLabel *countLabel() const { return m_count; }
    QLineEdit *topicEdit() const { return m_topicEdit; }
    QLineEdit *eventEdit() const { return m_eventEdit; }
    QProgressBar *searchProgress() const { return m_progress; }
    QToolButton *stopSearchButton() const { return m_stopSearch; }
    QToolButton *pauseButton() const { return m_pause; }
    MatchDelegate *matchDelegate() const { return m_matches; }
    // The warning in the filter field, visible while the filter text is invalid.
    QAction *filterProblemAction() const { return m_filterProblem; }

    // A log that cannot change (an opened file): no Clear, no auto-scroll.
    void setReadOnly(bool readOnly);
    // Shows the Phoenix columns and filters, or hides them and clears the filters.
    void setPhoenixMode(bool phoenix);
    bool isPhoenixMode() const { return m_phoenix; }

    bool autoScroll() const { return m_autoScroll; }
    bool isPaused() const { return m_paused; }
    // Rows that arrived since Pause was pressed.
    qint64 arrivedWhilePaused() const { return m_arrivedWhilePaused; }
    // The selected messages, oldest first.
    QList<Message> selectedMessages() const;
    // Selects a row of the (filtered) view and makes it current.
    void selectRow(int row);

public Q_SLOTS:
    void focusFilter();
    void setAutoScroll(bool enabled);
    // Paused: the view holds still and counts arrivals; resumed: it follows again.
    void setPaused(bool paused);
    void clearLog();
    void copySelection();

Q_SIGNALS:
    // The user selected a message (a null one when the log was cleared).
    void messageSelected(const maxmon::Message &message);
    // The user cleared the log (the session behind it, if any, was let go).
    void logCleared();
    void autoScrollChanged(bool enabled);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor, in steps: the filter fields, the buttons and the status
    // line, the table, its columns' widths and context menu, the layout, and
    // the signals.
    void setUpFilterBar();
    void setUpControls();
    void setUpView();
    void sizeColumns();
    void addContextActions();
    void layOut();
    void connectFilterBar();
    void connectModels();
    void applyTextFilter();
    void rememberTopRow(int first, int last);
    void keepTopRow(int first, int last);
    void updatePauseButton();
    void applyKindFilter();
    void applyPhoenixFilter();
    void onSelectionChanged();
    void onRowsInserted();
    void onScrollAction();
    void updateCount();
    QString filterTip() const;

    MessageLogModel *m_model;
    MessageLogFilter *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_regex;
    QComboBox *m_direction;
    QPushButton *m_kinds;
    QCheckBox *m_follow;
    QToolButton *m_pause;
    QToolButton *m_clear;
    MatchDelegate *m_matches;
    QAction *m_filterProblem = nullptr;
    QLabel *m_count;
    QProgressBar *m_progress;
    QToolButton *m_stopSearch;
    QString m_searchProblem;
    QLineEdit *m_topicEdit;
    QLineEdit *m_eventEdit;
    bool m_phoenix = true; // the constructor turns it off
    QTableView *m_view;
    QTimer m_filterDelay;
    bool m_autoScroll = true;
    bool m_paused = false;
    qint64 m_arrivedWhilePaused = 0;
    int m_scrollBefore = -1; // the scroll bar before the log dropped rows, -1: following
    int m_topBefore = -1; // the top row in view then
};

} // namespace maxmon
