package dev.trustportal.portal.signerrequest;

import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeRequest;
import dev.trustportal.portal.change.ChangeRequests;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.Organisations;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signer.SignerKeys;
import dev.trustportal.portal.signer.SignerName;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Asking for a signer, and deciding such requests. Any member asks (viewers too: that is how one
 * becomes a signer); owners and admins list, accept and decline; the requester reads their own
 * requests in every organisation. Accepting files the ADD_SIGNER change through {@link
 * ChangeService} with the requester as the signer's account, in the same transaction: a change the
 * trust data refuses (a signer of that name exists meanwhile) leaves the request pending and says
 * why.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@PermitAll
public class SignerRequestService {

  private static final MemberRole[] DECIDERS = {MemberRole.OWNER, MemberRole.ADMIN};

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Organisations organisations;
  @Inject Memberships memberships;
  @Inject Repositories repositories;
  @Inject SignerRequests requests;
  @Inject ChangeRequests changes;
  @Inject ChangeService changeService;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject Clock clock;

  /**
   * The caller asks for a signer of the repository with one key, checked as for any new signer.
   *
   * @throws dev.trustportal.portal.signer.InvalidSignerNameException for a name outside the rules
   * @throws dev.trustportal.portal.signer.InvalidSignerKeyException for a key that cannot be
   *     accepted
   */
  public SignerRequestDetails requestSigner(
      String organisation, String repository, String name, SignerKeyInput key) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    Repository target = repositories.existing(org, repository);
    SignerName signer = new SignerName(name);
    Key parsed = SignerKeys.parse(key, clock.instant());
    requests
        .pendingFor(target, signer.value())
        .ifPresent(
            pending -> {
              throw new DuplicateSignerRequestException(
                  target.name().value(), signer.value(), pending.id());
            });
    SignerRequest request =
        new SignerRequest(target, signer, key, parsed, caller.username(), clock.instant());
    requests.store(request);
    record(
        request,
        "signer_request.filed",
        caller.username()
            + " asks for signer "
            + signer
            + " of "
            + target.name().value()
            + " with key "
            + request.keyId()
            + ".");
    return view(request);
  }

  /** One page of the organisation's requests, newest first, for its owners and admins. */
  public Page<SignerRequestDetails> list(
      String organisation, Optional<SignerRequestState> state, PageRequest page) {
    Organisation org = tenancy.organisationToWorkIn(organisation, DECIDERS);
    TokenReach reach = caller.reach();
    List<SignerRequestDetails> items =
        requests.page(org, state, reach, page).stream().map(this::view).toList();
    return new Page<>(items, page.page(), page.size(), requests.count(org, state, reach));
  }

  /**
   * How many requests wait for a decision; 0 for a caller who may not decide them, and for a name
   * that names no organisation of the caller. Quiet: the navigation asks on every page of an
   * organisation, whose own tenancy check already recorded any refusal, and a count is shown only
   * to its deciders.
   */
  public long pendingCount(String organisation) {
    Optional<Organisation> org = organisationNamed(organisation);
    boolean decides =
        org.isPresent()
            && memberships
                .find(org.get(), caller.username())
                .map(m -> List.of(DECIDERS).contains(m.role()))
                .orElse(false);
    return decides
        ? requests.count(org.get(), Optional.of(SignerRequestState.PENDING), TokenReach.EVERYTHING)
        : 0;
  }

  private Optional<Organisation> organisationNamed(String name) {
    try {
      return organisations.find(new OrganisationName(name));
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
  }

  /** One request of the organisation, for its owners and admins and for the member who asked. */
  public SignerRequestDetails find(String organisation, long id) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    SignerRequest request = inOrganisation(org, id);
    boolean mine = request.requestedBy().equals(caller.username());
    if (!mine && !tenancy.requireRole(organisation).mayActAs(DECIDERS)) {
      throw new SignerRequestNotFoundException(id);
    }
    return view(request);
  }

  /** The caller's own requests in every organisation, newest first. */
  public Page<SignerRequestDetails> mine(PageRequest page) {
    String me = caller.username();
    TokenReach reach = caller.reach();
    List<SignerRequestDetails> items =
        requests.pageOf(me, reach, page).stream().map(this::view).toList();
    return new Page<>(items, page.page(), page.size(), requests.countOf(me, reach));
  }

  /**
   * Accepts a pending request: files the ADD_SIGNER change, linked to the requester's account, for
   * the organisation's approval policy to decide as any other.
   *
   * @throws SignerRequestDecidedException if it was accepted or declined before
   */
  public SignerRequestDetails accept(String organisation, long id) {
    SignerRequest request = pending(organisation, id);
    ChangeDetails filed =
        changeService.requestSigner(
            organisation,
            request.repository().name().value(),
            request.name().value(),
            request.key(),
            Optional.of(request.requestedBy()));
    request.accept(caller.username(), filed.id(), clock.instant());
    record(
        request, "signer_request.accepted", "Change " + filed.id() + " filed: " + filed.summary());
    return view(request);
  }

  /** Declines a pending request; the requester sees the reason. */
  public SignerRequestDetails decline(String organisation, long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new DeclineReasonMissingException();
    }
    SignerRequest request = pending(organisation, id);
    request.decline(caller.username(), reason.strip(), clock.instant());
    record(request, "signer_request.declined", reason.strip());
    return view(request);
  }

  private SignerRequest pending(String organisation, long id) {
    SignerRequest request =
        inOrganisation(tenancy.organisationToWorkIn(organisation, DECIDERS), id);
    if (request.state() != SignerRequestState.PENDING) {
      throw new SignerRequestDecidedException(id, request.state());
    }
    return request;
  }

  private SignerRequest inOrganisation(Organisation org, long id) {
    return requests
        .find(id)
        .filter(r -> r.organisation().name().equals(org.name()))
        .filter(r -> caller.reach().reaches(org.name().value(), r.repository().name().value()))
        .orElseThrow(() -> new SignerRequestNotFoundException(id));
  }

  private void record(SignerRequest request, String action, String detail) {
    audit.record(
        new AuditRecord(
            request.organisation().name().value(),
            caller.username(),
            action,
            "signer-request/" + request.id(),
            Outcome.SUCCEEDED,
            detail));
  }

  private SignerRequestDetails view(SignerRequest r) {
    Optional<String> changeState =
        r.changeId().flatMap(changes::find).map(ChangeRequest::state).map(Enum::name);
    return new SignerRequestDetails(
        r.id(),
        r.organisation().name().value(),
        r.repository().name().value(),
        r.name().value(),
        r.keyId(),
        r.keyType(),
        r.requestedBy(),
        r.requestedAt(),
        r.state(),
        r.decidedBy(),
        r.decidedAt(),
        r.reason(),
        r.changeId(),
        changeState);
  }
}
