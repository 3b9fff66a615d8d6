package io.cloudtwin.core.tag;

import java.util.List;
import java.util.Set;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "resourceLabels" of the state document: what resources carry beside their tags (label resourceGroup, value the
 * group's id; label deletionProtection, value true; label ramRole, an instance's RAM role; label stopCharging, value
 * true, an instance stopped so; label privatePool, how an instance matches private pools, and privatePoolId, the
 * capacity reservation it has a place in; labels trafficMode, queueNumber and queuePairNumber (counts of at least 1)
 * and sourceDestCheck (value true), how a network interface or an instance's primary one carries traffic; label
 * networkCardIndex (an index from 0), the network card an attached interface or an instance's primary one is on; label
 * deleteOnRelease, value true, a network interface that goes with its instance; label dedicatedHost, the dedicated host
 * an instance runs on; labels hdMonitorLogProject and hdMonitorLogStore, where an EIP whose high-definition monitoring
 * is on would log; label eipWeight, an EIP's weight from 0 to 100).
 */
@Section(name = "resourceLabels", order = 96)
record LabelSection(LabelStore store, TagStore tags) implements StateSection<LabelSection.Document> {
    private static final Set<String> LABELS = Set.of(LabelStore.GROUP, LabelStore.PROTECTED, LabelStore.RAM_ROLE,
            LabelStore.STOP_CHARGING, LabelStore.PRIVATE_POOL, LabelStore.PRIVATE_POOL_ID, LabelStore.TRAFFIC_MODE,
            LabelStore.DELETE_ON_RELEASE,
            LabelStore.QUEUE_NUMBER, LabelStore.QUEUE_PAIR_NUMBER, LabelStore.SOURCE_DEST_CHECK,
            LabelStore.NETWORK_CARD_INDEX, LabelStore.DEDICATED_HOST, LabelStore.HD_LOG_PROJECT,
            LabelStore.HD_LOG_STORE, LabelStore.EIP_WEIGHT);

    private static final Set<String> COUNTS = Set.of(LabelStore.QUEUE_NUMBER, LabelStore.QUEUE_PAIR_NUMBER);
    private static final Set<String> INDEXES = Set.of(LabelStore.NETWORK_CARD_INDEX);

    /** resourceType: a kind as stored (instance, security_group, vpc, eip...). */
    public record Document(String cloud, String account, String region, String resourceType, String resourceId,
                           String label, String value) {}

    @Override
    public List<Document> export() {
        return store.all();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = TagSection.scopeOf(fixtures, d.cloud(), d.account(), d.region(), d.resourceType(), d.resourceId(),
                "a resource label");
        if (!LABELS.contains(d.label())) throw new InvalidFixture("a resource label of " + d.resourceId() + ": " + d.label());
        if (COUNTS.contains(d.label()) && (d.value() == null || !d.value().matches("[1-9][0-9]{0,8}"))) {
            throw new InvalidFixture("label " + d.label() + " of " + d.resourceId() + " is a count of at least 1");
        }
        if (INDEXES.contains(d.label()) && (d.value() == null || !d.value().matches("0|[1-9][0-9]{0,8}"))) {
            throw new InvalidFixture("label " + d.label() + " of " + d.resourceId() + " is an index from 0");
        }
        if (d.label().equals(LabelStore.EIP_WEIGHT) && (d.value() == null || !d.value().matches("100|[1-9]?[0-9]"))) {
            throw new InvalidFixture("label " + d.label() + " of " + d.resourceId() + " is a weight from 0 to 100");
        }
        String id = Fixtures.required(d.resourceId(), "resourceId of a resource label");
        store.put(new Document(scope.cloud().key(), scope.accountId(), scope.region(),
                tags.storedKind(d.resourceType(), id), id, d.label(),
                Fixtures.required(d.value(), "value of a resource label")));
        return true;
    }
}
