namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>What a playbook creates: a task a care agent works, or a message the platform sends on its own.</summary>
public static class PlaybookActions
{
    public const string AgentTask = "agent_task";
    public const string AutomatedMessage = "automated_message";

    public static readonly IReadOnlyList<string> All = [AgentTask, AutomatedMessage];
}
