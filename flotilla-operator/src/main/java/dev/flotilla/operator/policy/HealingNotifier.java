package dev.flotilla.operator.policy;

/** Where recommendations and pages go besides the audit log (chat, pager); the app wires it. */
public interface HealingNotifier {
  void recommend(Decision recommendation);

  void page(Decision page);

  void awaitingApproval(Decision decision, String workflowId);

  /** Sends nothing. */
  static HealingNotifier none() {
    return new HealingNotifier() {
      @Override
      public void recommend(Decision recommendation) {}

      @Override
      public void page(Decision page) {}

      @Override
      public void awaitingApproval(Decision decision, String workflowId) {}
    };
  }
}
