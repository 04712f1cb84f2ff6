// SPDX-License-Identifier: GPL-3.0-or-later
#include "Spinner.h"

#include <QPainter>

Spinner::Spinner(QWidget *parent, int diameter)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setFixedSize(sizeHint());
    setAccessibleName(tr("Loading"));
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

QSize Spinner::sizeHint() const
{
    return {m_diameter, m_diameter};
}

void Spinner::setRunning(bool running)
{
    m_running = running;
    setVisible(running);
    if (running && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pen = qMax(2, m_diameter / 8);
    const QRect arc = rect().adjusted(pen, pen, -pen, -pen);
    QColor track = palette().color(QPalette::Highlight);
    track.setAlpha(50);
    painter.setPen(QPen(track, pen));
    painter.drawEllipse(arc);
    painter.setPen(QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(arc, -m_angle * 16, 100 * 16);
}

void Spinner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_running)
        m_timer.start();
}

void Spinner::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}
