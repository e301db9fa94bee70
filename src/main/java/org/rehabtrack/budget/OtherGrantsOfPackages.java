package org.rehabtrack.budget;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.works.WorkPackageView;

/**
 * The works packages of the API as a donor may see them: a package charged to another donor's grant
 * shows no grant ({@code fundingSource} null), as {@link FundingView} rules. The packages
 * themselves (the center's works, their contracts and progress) are shown to whoever sees the
 * center.
 */
@Provider
public class OtherGrantsOfPackages implements ContainerResponseFilter {

    private final Visibility visibility;

    OtherGrantsOfPackages(Visibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (!(entity instanceof WorkPackageView)
                && !(entity instanceof List<?> list
                        && !list.isEmpty()
                        && list.get(0) instanceof WorkPackageView)) {
            return;
        }
        FundingView funding = visibility.funding();
        if (funding.everything()) {
            return;
        }
        if (entity instanceof WorkPackageView p) {
            response.setEntity(shown(p, funding));
        } else {
            response.setEntity(
                    ((List<?>) entity)
                            .stream().map(p -> shown((WorkPackageView) p, funding)).toList());
        }
    }

    /** The package as the reader sees it. */
    public static WorkPackageView shown(WorkPackageView p, FundingView funding) {
        return funding.showsGrant(p.fundingSource()) ? p : p.withFundingSource(null);
    }
}
