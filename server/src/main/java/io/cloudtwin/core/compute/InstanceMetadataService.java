package io.cloudtwin.core.compute;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;

/** How an instance serves its metadata (InstanceDetail.MetadataOptions), changed under the instance's row lock. */
@Service
public class InstanceMetadataService {
    private final InstanceService instances;
    private final InstanceDetailStore details;

    public InstanceMetadataService(InstanceService instances, InstanceDetailStore details) {
        this.instances = instances;
        this.details = details;
    }

    /** Changes the options given (null: as they are) of an instance of the scope not locked for security. */
    @Transactional
    public void change(Scope scope, String id, String httpEndpoint, String httpTokens, Integer hopLimit) {
        instances.lockUnlocked(scope, id);
        InstanceDetail d = details.find(id).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id));
        details.setMetadata(id, d.metadata().with(httpEndpoint, httpTokens, hopLimit));
    }
}
