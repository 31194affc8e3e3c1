package vn.hailong.dossiers.apology;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.dossiers.Dossier;

import java.time.Instant;

/**
 * A dossier on its unit's late list: where it stands, when its apology is (was) due, and the apology when one was
 * issued (then it cannot be re-scheduled again).
 */
public record LateDossier(Dossier dossier, String unitName, String procedureName, Instant apologyDueBy,
                          ApologyRules.Urgency urgency, @Nullable Apology apology) {
}
