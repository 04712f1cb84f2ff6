// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

// A small busy indicator (rotating arc in the palette's highlight colour). It animates only
// while visible and running, so hidden spinners cost nothing.
class Spinner : public QWidget
{
    Q_OBJECT

public:
    explicit Spinner(QWidget *parent = nullptr, int diameter = 22);

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
    int m_diameter;
    bool m_running = false;
};
