#include "log/messagelogpanel.h"

#include "log/matchdelegate.h"
#include "log/messagelogfilter.h"
#include "widgets/checkablemenu.h"

#include <maxmon/messagelogmodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace maxmon {

namespace {

const QList<Message::Kind> allKinds { Message::Kind::Text,   Message::Kind::Json,
                                      Message::Kind::Binary, Message::Kind::Ping,
                                      Message::Kind::Pong,   Message::Kind::Close };

QString clipboardText(const Message &message)
{
    const QString text = MessageLogModel::readableText(message);
    return text.isNull() ? QString::fromLatin1(message.payload().toHex(' ')) : text;
}

} // namespace

MessageLogPanel::MessageLogPanel(MessageLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new MessageLogFilter(this))
    , m_filterEdit(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_direction(new QComboBox(this))
    , m_kinds(new QPushButton(this))
    , m_follow(new QCheckBox(tr("Auto-scroll"), this))
    , m_pause(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_matches(new MatchDelegate(this))
    , m_count(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stopSearch(new QToolButton(this))
    , m_topicEdit(new QLineEdit(this))
    , m_eventEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    setUpFilterBar();
    setUpControls();
    setUpView();
    sizeColumns();
    addContextActions();
    layOut();
    connectFilterBar();
    connectModels();
    setPhoenixMode(false);
    updateCount();
}

void MessageLogPanel::setUpFilterBar()
{
    m_filterEdit->setPlaceholderText(tr("Filter messages (Ctrl+F)"));
    m_filterEdit->setToolTip(filterTip());
    m_filterEdit->setClearButtonEnabled(true);
    // wide enough to read what is typed, however narrow the log gets
    m_filterEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 14);
    m_regex->setToolTip(tr("Read the filter as a regular expression (case-insensitive)"));

    m_direction->addItem(tr("In and out"), int(MessageLogFilter::DirectionFilter::Both));
    m_direction->addItem(tr("Received only"), int(MessageLogFilter::DirectionFilter::Incoming));
    m_direction->addItem(tr("Sent only"), int(MessageLogFilter::DirectionFilter::Outgoing));
    m_direction->setToolTip(tr("Filter by direction"));

    auto *kindMenu = new CheckableMenu(m_kinds);
    for (Message::Kind kind : allKinds) {
        QAction *action = kindMenu->addAction(MessageLogModel::kindText(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::toggled, this, &MessageLogPanel::applyKindFilter);
    }
    m_kinds->setMenu(kindMenu);
    m_kinds->setText(tr("All kinds"));
    m_kinds->setToolTip(tr("Filter by kind of message"));

    const QString wildcard = tr("Contains this text, case-insensitive; with * a pattern for the "
                                "whole field (room:*).");
    m_topicEdit->setPlaceholderText(tr("Topic"));
    m_topicEdit->setToolTip(tr("Show only Phoenix frames whose topic matches. %1").arg(wildcard));
    m_topicEdit->setClearButtonEnabled(true);
    m_topicEdit->setAccessibleName(tr("Topic filter"));
    m_eventEdit->setPlaceholderText(tr("Event"));
    m_eventEdit->setToolTip(tr("Show only Phoenix frames whose event matches. %1").arg(wildcard));
    m_eventEdit->setClearButtonEnabled(true);
    m_eventEdit->setAccessibleName(tr("Event filter"));
    for (QLineEdit *edit : { m_topicEdit, m_eventEdit })
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("presence_diff___"))
                              + 30);
}

void MessageLogPanel::setUpControls()
{
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Follow new messages. Scrolling up pauses, scrolling to the end "
                            "resumes (Ctrl+Shift+A)."));
    m_pause->setCheckable(true);
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(tr("Freeze the view and count what arrives; press again to follow the "
                           "newest messages"));
    updatePauseButton();
    m_filterProblem = m_filterEdit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                              QLineEdit::TrailingPosition);
    m_filterProblem->setVisible(false);
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setToolButtonStyle(Qt::ToolButtonIconOnly); // room for the filter field
    m_clear->setToolTip(tr("Remove every message from the log (Ctrl+K)"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_count->setToolTip(tr("Rows of the log: the messages it keeps and the connection events"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->setToolTip(tr("Filtering the session on disk"));
    m_progress->hide();
    m_stopSearch->setText(tr("Stop"));
    m_stopSearch->setToolTip(tr("Stop filtering: the messages found so far stay"));
    m_stopSearch->hide();
}

void MessageLogPanel::setUpView()
{
    m_view->setModel(m_filter);
    // by pixel: a drop of old rows is undone to the pixel, the reader's rows do not move
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegateForColumn(MessageLogModel::PreviewColumn, m_matches);
    m_view->viewport()->installEventFilter(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setSortingEnabled(false);
    // 100,000 rows stay fast only with fixed row heights and no per-row sizing.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
}

void MessageLogPanel::sizeColumns()
{
    QHeaderView *columns = m_view->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const int padding = 20;
    columns->resizeSection(MessageLogModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    columns->resizeSection(MessageLogModel::DirectionColumn,
                           metrics.horizontalAdvance(QStringLiteral("\u2191 ") + tr("out"))
                               + padding);
    columns->resizeSection(
        MessageLogModel::KindColumn,
        metrics.horizontalAdvance(MessageLogModel::kindText(Message::Kind::Binary)) + padding);
    columns->resizeSection(MessageLogModel::SizeColumn,
                           metrics.horizontalAdvance(QLocale().toString(99999999)) + padding);
    columns->resizeSection(MessageLogModel::TopicColumn,
                           metrics.horizontalAdvance(QStringLiteral("room:lobby__")) + padding);
    columns->resizeSection(MessageLogModel::EventColumn,
                           metrics.horizontalAdvance(QStringLiteral("presence_diff")) + padding);
    columns->resizeSection(MessageLogModel::RefColumn,
                           metrics.horizontalAdvance(QStringLiteral("00000")) + padding);
    columns->resizeSection(MessageLogModel::StatusColumn,
                           metrics.horizontalAdvance(QStringLiteral("error_")) + padding);
}

void MessageLogPanel::addContextActions()
{
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MessageLogPanel::copySelection);
    auto *clear = new QAction(tr("Clear log"), m_view);
    connect(clear, &QAction::triggered, this, &MessageLogPanel::clearLog);
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addActions({ copy, separator, clear });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MessageLogPanel::layOut()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_regex);
    bar->addWidget(m_direction);
    bar->addWidget(m_kinds);
    bar->addWidget(m_topicEdit);
    bar->addWidget(m_eventEdit);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_progress);
    status->addWidget(m_stopSearch);
    layout->addLayout(status);
}

void MessageLogPanel::connectFilterBar()
{
    // Typing re-filters once the user pauses: 100,000 rows per keystroke is waste.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(&m_filterDelay, &QTimer::timeout, this, &MessageLogPanel::applyTextFilter);
    connect(&m_filterDelay, &QTimer::timeout, this, &MessageLogPanel::applyPhoenixFilter);
    for (QLineEdit *edit : { m_topicEdit, m_eventEdit }) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
        connect(edit, &QLineEdit::returnPressed, this, &MessageLogPanel::applyPhoenixFilter);
    }
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &MessageLogPanel::applyTextFilter);
    connect(m_regex, &QCheckBox::toggled, this, &MessageLogPanel::applyTextFilter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDirectionFilter(
            static_cast<MessageLogFilter::DirectionFilter>(m_direction->currentData().toInt()));
    });
    connect(m_follow, &QCheckBox::toggled, this, &MessageLogPanel::setAutoScroll);
    connect(m_pause, &QToolButton::toggled, this, &MessageLogPanel::setPaused);
    // a row the user picks stays in view: following would carry it away
    connect(m_view, &QAbstractItemView::pressed, this, [this] { setAutoScroll(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_view->hasFocus())
            setAutoScroll(false);
    });
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { rememberTopRow(first, last); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { keepTopRow(first, last); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_paused)
                    return;
                m_arrivedWhilePaused += last - first + 1;
                updatePauseButton();
            });
    connect(m_clear, &QToolButton::clicked, this, &MessageLogPanel::clearLog);
}

void MessageLogPanel::connectModels()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessageLogPanel::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MessageLogPanel::onRowsInserted);
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            &MessageLogPanel::onScrollAction);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { Q_EMIT messageSelected(Message()); });
    connect(m_model, &MessageLogModel::countsChanged, this, &MessageLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MessageLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MessageLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MessageLogPanel::updateCount);
    connect(m_filter, &MessageLogFilter::searchingChanged, this, [this](bool searching) {
        if (searching) {
            m_searchProblem.clear();
            m_progress->setRange(0, 0); // busy until the first progress
        }
        m_progress->setVisible(searching);
        m_stopSearch->setVisible(searching);
        updateCount();
    });
    connect(m_filter, &MessageLogFilter::searchProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_filter, &MessageLogFilter::searchFailed, this, [this](const QString &message) {
        m_searchProblem = message;
        updateCount();
    });
    connect(m_stopSearch, &QToolButton::clicked, m_filter, &MessageLogFilter::cancelSearch);
}

QString MessageLogPanel::filterTip() const
{
    if (!m_model->sessionPath().isEmpty())
        return tr("Show only messages with this text where it starts a word (\"lobby\" finds "
                  "\"room:lobby\", not \"hobby\"): the session's full-text index finds them "
                  "among millions. Regex finds any text, binary payloads as hex.");
    return tr("Show only messages whose payload contains this text. Binary payloads are "
              "searched as hex, e.g. \"deadbeef\".");
}

void MessageLogPanel::setPhoenixMode(bool phoenix)
{
    if (phoenix == m_phoenix)
        return;
    m_phoenix = phoenix;
    for (int column : { MessageLogModel::TopicColumn, MessageLogModel::EventColumn,
                        MessageLogModel::RefColumn, MessageLogModel::StatusColumn })
        m_view->setColumnHidden(column, !phoenix);
    m_topicEdit->setVisible(phoenix);
    m_eventEdit->setVisible(phoenix);
    if (!phoenix) {
        // a plain connection's messages are no frames: such a filter would hide them all
        m_topicEdit->clear();
        m_eventEdit->clear();
        applyPhoenixFilter();
    }
}

void MessageLogPanel::applyPhoenixFilter()
{
    m_filter->setTopic(m_topicEdit->text().trimmed());
    m_filter->setEvent(m_eventEdit->text().trimmed());
    updateCount();
}

void MessageLogPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MessageLogPanel::setAutoScroll(bool enabled)
{
    if (enabled && m_paused) {
        setPaused(false); // following again is the end of the pause
        return;
    }
    if (enabled && m_filter->rowCount() > 0)
        m_view->scrollToBottom();
    if (enabled == m_autoScroll)
        return;
    m_autoScroll = enabled;
    m_follow->setChecked(enabled);
    Q_EMIT autoScrollChanged(enabled);
}

void MessageLogPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_arrivedWhilePaused = 0;
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
    }
    updatePauseButton();
    setAutoScroll(!paused);
}

void MessageLogPanel::updatePauseButton()
{
    m_pause->setText(m_paused ? tr("Paused \u00b7 %Ln new", nullptr,
                                   static_cast<int>(std::min<qint64>(
                                       m_arrivedWhilePaused, std::numeric_limits<int>::max())))
                              : tr("Pause"));
}

void MessageLogPanel::rememberTopRow(int first, int last)
{
    Q_UNUSED(last)
    m_scrollBefore = -1;
    if (m_autoScroll || first > 0)
        return;
    m_scrollBefore = m_view->verticalScrollBar()->value();
    m_topBefore = m_view->rowAt(0);
}

void MessageLogPanel::keepTopRow(int first, int last)
{
    if (m_scrollBefore < 0 || m_topBefore < 0)
        return;
    // The rows above the top one in view are gone: scroll up by as many,
    // so that the same messages stay where the reader left them.
    const int gone = std::min(last, m_topBefore - 1) - first + 1;
    if (gone > 0) {
        m_view->verticalScrollBar()->setValue(
            std::max(0, m_scrollBefore - gone * m_view->verticalHeader()->defaultSectionSize()));
    }
    m_scrollBefore = -1;
}

bool MessageLogPanel::eventFilter(QObject *watched, QEvent *event)
{
    // following: the newest row stays in view when the table gets smaller
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_autoScroll
        && m_filter->rowCount() > 0)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_autoScroll)
                    m_view->scrollToBottom();
            },
            Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void MessageLogPanel::clearLog()
{
    if (m_model->isReadOnly())
        return;
    m_model->clear();
    Q_EMIT logCleared();
}

void MessageLogPanel::setReadOnly(bool readOnly)
{
    m_clear->setVisible(!readOnly);
    m_follow->setVisible(!readOnly);
    for (QAction *action : m_view->actions()) {
        if (action->text() == tr("Clear log") || action->isSeparator())
            action->setVisible(!readOnly);
    }
    if (readOnly)
        setAutoScroll(false);
}

QList<Message> MessageLogPanel::selectedMessages() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Message> messages;
    messages.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        messages.append(m_model->message(m_filter->mapToSource(index).row()));
    return messages;
}

void MessageLogPanel::selectRow(int row)
{
    const QModelIndex index = m_filter->index(row, MessageLogModel::PreviewColumn);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MessageLogPanel::copySelection()
{
    QStringList texts;
    const QList<Message> messages = selectedMessages();
    for (const Message &message : messages)
        texts.append(clipboardText(message));
    if (!texts.isEmpty())
        QApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
}

void MessageLogPanel::applyTextFilter()
{
    m_filterDelay.stop();
    m_filter->setText(m_filterEdit->text(), m_regex->isChecked());
    const QString error = m_filter->textError();
    m_filterEdit->setToolTip(error.isEmpty() ? filterTip() : error);
    // marked in the field, with the reason, rather than a filter that silently shows all
    m_filterProblem->setVisible(!error.isEmpty());
    m_filterProblem->setToolTip(error);
    m_matches->setPattern(
        error.isEmpty() ? MatchDelegate::patternFor(m_filterEdit->text(), m_regex->isChecked())
                        : QRegularExpression());
    m_view->viewport()->update();
    updateCount();
}

void MessageLogPanel::applyKindFilter()
{
    QSet<Message::Kind> kinds;
    QStringList names;
    const QList<QAction *> actions = m_kinds->menu()->actions();
    for (QAction *action : actions) {
        if (action->isChecked()) {
            const auto kind = static_cast<Message::Kind>(action->data().toInt());
            kinds.insert(kind);
            names.append(MessageLogModel::kindText(kind));
        }
    }
    if (kinds.size() == allKinds.size()) {
        kinds.clear();
        m_kinds->setText(tr("All kinds"));
    } else if (kinds.isEmpty()) {
        // No kind at all: a filter that shows nothing, on purpose.
        kinds.insert(static_cast<Message::Kind>(-1));
        m_kinds->setText(tr("No kinds"));
    } else {
        m_kinds->setText(names.size() <= 2 ? names.join(QStringLiteral(", "))
                                           : tr("%1 kinds").arg(names.size()));
    }
    m_filter->setKinds(kinds);
    updateCount();
}

void MessageLogPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return; // e.g. the selected row was evicted: keep showing it
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row()))
        index = rows.constLast();
    Q_EMIT messageSelected(m_model->message(m_filter->mapToSource(index).row()));
}

void MessageLogPanel::onRowsInserted()
{
    updateCount();
    if (m_autoScroll)
        m_view->scrollToBottom();
}

void MessageLogPanel::onScrollAction()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // a pause ends with its button, not by scrolling
    if (!m_paused)
        setAutoScroll(bar->sliderPosition() >= bar->maximum());
}

void MessageLogPanel::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int inLog = m_model->rowCount();
    // rows, not messages: connection events are rows too (the status bar counts messages)
    QString text = m_filter->isActive()
        ? tr("%1 of %Ln row(s) shown", nullptr, inLog).arg(locale.toString(shown))
        : tr("%Ln row(s)", nullptr, inLog);
    if (m_model->evictedCount() > 0) {
        text += QStringLiteral(" \u00b7 ")
            + tr("%Ln older dropped (the log keeps the newest %1, at most %2 MiB)", nullptr,
                 static_cast<int>(
                     std::min<qint64>(m_model->evictedCount(), std::numeric_limits<int>::max())))
                  .arg(locale.toString(m_model->capacity()),
                       locale.toString(m_model->byteCapacity() / (1024 * 1024)));
    }
    if (m_model->notStoredCount() > 0) {
        text += QStringLiteral(" \u00b7 ")
            + tr("%1 not stored in the session file: the disk did not keep up")
                  .arg(locale.toString(m_model->notStoredCount()));
    }
    if (const Error error = m_model->sessionError(); error)
        text += QStringLiteral(" \u00b7 \u26a0 ") + error.message();
    if (m_filter->isSearching())
        text += QStringLiteral(" \u00b7 ") + tr("filtering the session\u2026");
    if (!m_searchProblem.isEmpty())
        text += QStringLiteral(" \u00b7 \u26a0 ") + m_searchProblem;
    if (!m_filter->textError().isEmpty())
        text += QStringLiteral(" \u00b7 ") + m_filter->textError();
    else
        m_filterEdit->setToolTip(filterTip());
    m_count->setText(text);
}

} // namespace maxmon
