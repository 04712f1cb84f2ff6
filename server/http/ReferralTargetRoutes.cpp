// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/projects/{pid}/referral/targets/{target_id} -> {"id","name"} (owner only, R3, R20):
// before an owner moves referral money to another project, the client shows the name the server
// knows for that id, so a mistyped id is seen before anything is committed. Not in API.md; in
// docs/openapi.yaml.
#include "Api.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "ProjectOps.h"
#include "Routes.h"
#include "Store.h"

namespace http {

void registerReferralTargetRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/referral/targets/(\d+))", Guard::member(Permission::Referral),
            [&api](Call &call) {
                const std::int64_t targetId = call.pathId(2);
                if (targetId == call.projectId)
                    throw domain::Error(domain::ErrorCode::ValidationFailed,
                                          "this is the project itself: withdraw to its own main balance instead");
                const auto target = api.services().store.read(
                    [&](store::Tx &tx) { return store::projects::find(tx, targetId); });
                if (!target)
                    throw domain::Error(domain::ErrorCode::NotFound, "no project has this id");
                return Answer::json(200, QJsonObject{{QStringLiteral("id"), views::integer(target->id)},
                                                     {QStringLiteral("name"), QString::fromStdString(target->name)}});
            });
}

} // namespace http
