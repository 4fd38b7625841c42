package eu.ospo.governance.files;

import java.util.List;

/**
 * The people of a Kubernetes-style {@code OWNERS} file (or of one of its {@code filters}). User and
 * alias names are kept as written; GitHub compares them without case.
 *
 * @param approvers who may approve ({@code approvers})
 * @param reviewers who are asked to review ({@code reviewers})
 * @param requiredReviewers who must review ({@code required_reviewers})
 * @param labels labels applied to changes ({@code labels})
 * @param emeritusApprovers former approvers, kept for the record ({@code emeritus_approvers})
 * @param emeritusReviewers former reviewers ({@code emeritus_reviewers})
 */
public record OwnersConfig(
        List<String> approvers,
        List<String> reviewers,
        List<String> requiredReviewers,
        List<String> labels,
        List<String> emeritusApprovers,
        List<String> emeritusReviewers) {

    /** Copies the lists. */
    public OwnersConfig {
        approvers = List.copyOf(approvers);
        reviewers = List.copyOf(reviewers);
        requiredReviewers = List.copyOf(requiredReviewers);
        labels = List.copyOf(labels);
        emeritusApprovers = List.copyOf(emeritusApprovers);
        emeritusReviewers = List.copyOf(emeritusReviewers);
    }

    /** A configuration with nobody in it. */
    public static final OwnersConfig EMPTY =
            new OwnersConfig(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
}
