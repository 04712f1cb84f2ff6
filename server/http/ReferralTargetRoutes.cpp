// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/projects/{pid}/referral/targets/{target_id} -> {"id","name"} (owner only, R3, R20):
// before an owner moves referral money to another project, the client shows the name the server
// knows for that id, so a mistyped id is seen before anything is committed. Not in API.md; in
// docs/openapi.yaml.
#include "Api.h"
#include "JsonViews.h"
#include "Projects.h"
#include "Routes.h"
#include "UseCases.h"

namespace http {

void registerReferralTargetRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/referral/targets/(\d+))", Guard::member(Permission::Referral),
            [&api](Call &call) {
                const application::ProjectName target =
                    api.app().projects.transferTarget(call.projectId, call.pathId(2));
                return Answer::json(200, QJsonObject{{QStringLiteral("id"), views::integer(target.id)},
                                                     {QStringLiteral("name"), QString::fromStdString(target.name)}});
            });
}

} // namespace http
