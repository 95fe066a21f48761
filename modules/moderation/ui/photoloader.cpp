#include "photoloader.h"

#include "moderationconsolesettings.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent>

namespace Steward::Moderation {

namespace {

constexpr int kTransferTimeoutMs = 15000;

bool isAbsolute(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("file");
}

} // namespace

PhotoLoader::PhotoLoader(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Decoded photos of about a megapixel each; enough for the items around the current one.
    m_cache.setMaxCost(24);
}

QUrl PhotoLoader::resolve(const QString &mediaUrl, const QString &photoAddress, QString *error)
{
    const QString trimmed = mediaUrl.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The report names no photo.");
        return {};
    }
    const QUrl url(trimmed);
    if (isAbsolute(url))
        return url;
    if (photoAddress.trimmed().isEmpty()) {
        *error = tr("Set the photo address in Settings › Moderation to see photos. This one is "
                    "stored as %1.")
                     .arg(trimmed);
        return {};
    }
    const QStringList segments = trimmed.split(QLatin1Char('/'));
    if (trimmed.startsWith(QLatin1Char('/')) || segments.contains(QLatin1String("..")) ||
        !url.isValid() || !url.scheme().isEmpty()) {
        *error = tr("The photo's storage key %1 is not a relative path.").arg(trimmed);
        return {};
    }
    QUrl base = QUrl::fromUserInput(photoAddress.trimmed());
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(trimmed));
}

void PhotoLoader::load(const QString &mediaUrl, QObject *context,
                       std::function<void(const Result &)> done)
{
    QString error;
    const QUrl url = resolve(mediaUrl, ModerationConsoleSettings::photoAddress().value(), &error);
    if (url.isEmpty()) {
        if (done)
            QTimer::singleShot(0, context ? context : this, [done, error] { done({{}, error}); });
        return;
    }
    const QString key = url.toString();
    if (const QImage *cached = m_cache.object(key)) {
        if (done) {
            const QImage image = *cached;
            QTimer::singleShot(0, context ? context : this, [done, image] { done({image, {}}); });
        }
        return;
    }
    const bool isLoading = m_waiting.contains(key);
    if (done)
        m_waiting[key].append({context, context != nullptr, std::move(done)});
    else
        m_waiting[key];
    if (isLoading)
        return;

    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaximumBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(key, {{},
                         reply->error() == QNetworkReply::OperationCanceledError
                             ? tr("The photo is larger than Steward shows (%1 MB).")
                                   .arg(MaximumBytes / (1024 * 1024))
                             : tr("The photo could not be loaded: %1").arg(reply->errorString())});
            return;
        }
        decode(key, reply->readAll());
    });
}

void PhotoLoader::decode(const QString &key, const QByteArray &data)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (image.isNull()) {
            finish(key, {{}, tr("The photo's file is not an image Steward can show.")});
            return;
        }
        const int megapixels = std::max(1, int(qint64(image.width()) * image.height() / 1000000));
        m_cache.insert(key, new QImage(image), megapixels);
        finish(key, {image, {}});
    });
    watcher->setFuture(QtConcurrent::run([data] { return QImage::fromData(data); }));
}

void PhotoLoader::finish(const QString &key, const Result &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        if (waiter.done)
            waiter.done(result);
    }
}

} // namespace Steward::Moderation
