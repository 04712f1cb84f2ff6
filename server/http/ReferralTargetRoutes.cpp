// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/projects/{pid}/referral/recipient?code=CODE -> {"name"} (owner only, R3, R20): before
// an owner moves referral money to another project, the client shows the name of the project
// whose referral code was typed, so a mistyped code is seen before anything is committed. Only a
// valid code names a project, and failed codes are limited per user, so names cannot be listed
// (issue 11, docs/security.md). Not in API.md; in docs/openapi.yaml.
#include "Api.h"
#include "Projects.h"
#include "Routes.h"
#include "UseCases.h"

namespace http {

void registerReferralTargetRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/referral/recipient)", Guard::member(Permission::Referral), [&api](Call &call) {
        if (!call.request.hasQuery("code"))
            throw domain::Error(domain::ErrorCode::ValidationFailed, "'code' (the receiving project's referral code) is required");
        const application::ProjectName target = api.app().projects.transferRecipient(
            call.caller().id, call.projectId, call.request.queryValue("code"), call.now);
        return Answer::json(200, QJsonObject{{QStringLiteral("name"), QString::fromStdString(target.name)}});
    });
}

} // namespace http
