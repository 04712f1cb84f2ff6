// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QString>

// A printable invoice for a top-up by bank transfer (R5), saved as PDF.
struct InvoiceData
{
    QString invoiceNumber;
    QString projectName;
    QString payerEmail;
    qint64 amount = 0; // minor units
    QString currency;
    QDateTime issuedAt;
};

// The invoice of an invoice top-up (R5) for this project and payer: the same wherever it is saved
// from. Issued when the top-up was created; its currency, else `fallbackCurrency`.
InvoiceData invoiceForTopUp(const TopUp &topUp, const QString &projectName, const QString &payerEmail,
                            const QString &fallbackCurrency);

// The invoice as HTML (also used for a preview).
QString invoiceHtml(const InvoiceData &invoice);
// Writes the invoice to a PDF file (A4, 300 dpi); false with a readable error on failure.
bool writeInvoicePdf(const QString &filePath, const InvoiceData &invoice, QString *error);
