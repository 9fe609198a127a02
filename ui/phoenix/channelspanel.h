#pragma once

#include <maxmon/error.h>
#include <maxmon/message.h>
#include <maxmon/phoenix/socket.h>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace maxmon {

class ChannelListModel;
class JsonField;
class MessageLogFilter;
class MessageLogModel;
class PresenceListModel;
class PushForm;

// The Channels tab of a Phoenix connection: join topics with params, the
// channels with their state and what last happened to them (refusals,
// crashes, timeouts), leave; for the selected channel its events (the
// connection's message log filtered on its topic: no second copy of any
// message), a push form that shows the reply or the timeout, and who is
// present.
class ChannelsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelsPanel(QWidget *parent = nullptr);

    // The socket whose channels are shown (nullptr: none, the panel is off).
    void setSocket(phoenix::Socket *socket);
    phoenix::Socket *socket() const { return m_socket; }
    // The log the channel events come from.
    void setLogModel(MessageLogModel *log);

    // Joins topic with params, as the form does; the new channel is selected.
    phoenix::Channel *join(const QString &topic, const QJsonObject &params = {});
    // The selected channel (nullptr when none, or when its row is closed and gone).
    phoenix::Channel *currentChannel() const;
    QString currentTopic() const;
    void selectTopic(const QString &topic);

    QLineEdit *topicEdit() const { return m_topic; }
    JsonField *paramsField() const { return m_params; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *leaveButton() const { return m_leave; }
    ChannelListModel *channelModel() const { return m_channels; }
    QTableView *eventView() const { return m_eventView; }
    MessageLogFilter *eventFilter() const { return m_events; }
    QLabel *eventTitle() const { return m_eventTitle; }
    PushForm *pushForm() const { return m_pushForm; }
    PresenceListModel *presenceModel() const { return m_presence; }
    QLabel *noticeLabel() const { return m_notice; }

public Q_SLOTS:
    // Joins what the form holds; false (with the reason shown) when it cannot.
    bool joinFromForm();
    // Leaves the selected channel, or removes it from the list once closed.
    void leaveOrRemove();

Q_SIGNALS:
    // The user selected a message in the channel's events.
    void messageSelected(const maxmon::Message &message);

private:
    // The constructor, in steps: the join form, the tables, the layout, the signals.
    void setUpJoinForm();
    void setUpTables();
    void layOut();
    void connectControls();
    void onCurrentChanged();
    void updateButtons();
    void showNotice(const QString &text);
    void onDecodeFailed(const Error &error);
    void configureEventView();

    QPointer<phoenix::Socket> m_socket;
    QPointer<MessageLogModel> m_log;
    ChannelListModel *m_channels;
    PresenceListModel *m_presence;
    MessageLogFilter *m_events;
    QLineEdit *m_topic;
    JsonField *m_params;
    QPushButton *m_join;
    QPushButton *m_leave;
    QLabel *m_notice;
    QTableView *m_channelView;
    QLabel *m_presenceTitle;
    QTableView *m_presenceView;
    QLabel *m_eventTitle;
    QTableView *m_eventView;
    PushForm *m_pushForm;
    QMetaObject::Connection m_channelState;
    bool m_followEvents = true;
    int m_decodeFailures = 0;
};

} // namespace maxmon
