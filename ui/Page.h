// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// A screen of the workspace. It reports when its first load is complete (contentReady), so
// the screenshot mode and the tests know when the page shows the server's figures.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    bool isContentReady() const { return m_contentReady; }
    // Loads everything again from the server.
    virtual void refresh() {}

signals:
    void contentReady();

protected:
    void setContentReady()
    {
        if (m_contentReady)
            return;
        m_contentReady = true;
        emit contentReady();
    }

private:
    bool m_contentReady = false;
};
