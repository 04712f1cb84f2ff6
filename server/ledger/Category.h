// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ledger {

// The categories of charges (SPEC.md, "Categories of charges"; R10, R11).
enum class Category {
    ServiceSubscription,       // "service_subscription": monthly fee for the service's own services
    NumberSubscription,        // "number_subscription": monthly fee of a rented number
    NumberConnection,          // "number_connection": connection of a rented number
    OutgoingCallRentedNumber,  // "outgoing_call_rented_number"
    GuaranteedDial,            // "guaranteed_dial"
    Autodial,                  // "autodial"
    ApiCall,                   // "api_call"
    AnsweringMachineDetection, // "answering_machine_detection"
    SmsNotification,           // "sms_notification"
};

// Every category, in the order of SPEC.md's table (for validation messages and data-driven tests).
[[nodiscard]] const std::array<Category, 9> &allCategories();

// The exact API string ("service_subscription"); std::nullopt for anything else (no trimming,
// no case folding): an unknown category is a 422 validation_failed (API.md).
[[nodiscard]] std::optional<Category> categoryFromString(std::string_view text);

// The API string of a category.
[[nodiscard]] std::string_view toString(Category category);

// R10/R11: bonus may pay only service_subscription; every other category is main-only
// ([choice] anything not known to be bonus-eligible is main-only).
[[nodiscard]] bool bonusMayPay(Category category);

} // namespace ledger
