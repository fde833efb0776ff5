#include "checks/lockchecks.h"

#include "checks/checkhelpers.h"

#include <QCoreApplication>

namespace envlens {

namespace {

using checks::CheckText;

QString pinVersion(const RequirementEntry &pin)
{
    const std::optional<pep::Version> v = pin.pip.requirement->specifier().exactPin();
    return v ? v->toString() : pin.pip.requirement->specifier().toString();
}

} // namespace

QVector<Diagnostic> runLockChecks(const CheckContext &context)
{
    QVector<Diagnostic> out;
    const RequirementSet &set = context.requirements;
    if (!set.isLocked())
        return out;
    const QVector<const RequirementEntry *> pins = set.lockedPins();
    for (const RequirementEntry &original : set.originalRequirements()) {
        if (!original.isRequirement() || !original.active || !original.pip.requirement->url().isEmpty())
            continue;
        const pep::SpecifierSet spec = original.pip.requirement->specifier();
        const RequirementEntry *seen = nullptr;
        bool admitted = false;
        for (const RequirementEntry *pin : pins) {
            if (pin->name != original.name || !pin->active)
                continue;
            seen = pin;
            const std::optional<pep::Version> v = pin->pip.requirement->specifier().exactPin();
            // A locked line that is not one exact pin cannot be judged: give it the benefit of the doubt.
            if (!v || spec.contains(*v, true)) {
                admitted = true;
                break;
            }
        }
        if (admitted)
            continue;
        Diagnostic d;
        d.id = QStringLiteral("lock-stale");
        d.severity = Severity::Warning;
        d.location = checks::locationAt(original);
        if (!seen) {
            d.message
                = CheckText::tr("the original requirement %1 has no locked pin active on this platform; the lock is "
                                "stale (re-lock, or edit the locked block too)")
                      .arg(original.text);
        } else {
            d.message = CheckText::tr(
                "the original requirement %1 is not admitted by the locked pin %2==%3 (%4:%5); the lock "
                "is stale")
                            .arg(original.text, seen->pip.requirement->name(), pinVersion(*seen), seen->file)
                            .arg(seen->line);
            d.related.append(checks::locationAt(*seen, CheckText::tr("locked here")));
        }
        out.append(d);
    }
    return out;
}

} // namespace envlens
