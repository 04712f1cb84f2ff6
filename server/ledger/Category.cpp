// SPDX-License-Identifier: GPL-3.0-or-later
#include "Category.h"

#include <stdexcept>

namespace ledger {

const std::array<Category, 9> &allCategories()
{
    static constexpr std::array<Category, 9> categories = {
        Category::ServiceSubscription,      Category::NumberSubscription, Category::NumberConnection,
        Category::OutgoingCallRentedNumber, Category::GuaranteedDial,     Category::Autodial,
        Category::ApiCall,                  Category::AnsweringMachineDetection,
        Category::SmsNotification,
    };
    return categories;
}

std::string_view toString(Category category)
{
    switch (category) {
    case Category::ServiceSubscription: return "service_subscription";
    case Category::NumberSubscription: return "number_subscription";
    case Category::NumberConnection: return "number_connection";
    case Category::OutgoingCallRentedNumber: return "outgoing_call_rented_number";
    case Category::GuaranteedDial: return "guaranteed_dial";
    case Category::Autodial: return "autodial";
    case Category::ApiCall: return "api_call";
    case Category::AnsweringMachineDetection: return "answering_machine_detection";
    case Category::SmsNotification: return "sms_notification";
    }
    throw std::invalid_argument("unknown Category value");
}

std::optional<Category> categoryFromString(std::string_view text)
{
    for (const Category category : allCategories()) {
        if (toString(category) == text)
            return category;
    }
    return std::nullopt;
}

bool bonusMayPay(Category category)
{
    // R10: only the subscription fees of the service's own services. R11 [choice]: everything
    // else, including any category added later, is main-only unless listed here.
    return category == Category::ServiceSubscription;
}

} // namespace ledger
