// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceDocument.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// "Save invoice as PDF…" wherever an invoice is shown (the top-up dialog, Finance > Top-ups &
// requests): one file dialog, one suggested name, one message.
class InvoiceSaving
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSaving)

public:
    enum class Outcome { Cancelled, Saved, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString message; // where it was saved, or why it was not; empty when cancelled
    };
    // Asks where to save (Documents/invoice-<number>.pdf suggested) and writes the PDF.
    static Result askAndSave(QWidget *parent, const InvoiceData &invoice);
};
