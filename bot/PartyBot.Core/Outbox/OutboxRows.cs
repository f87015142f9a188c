using System.Text;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Outbox;

/// <summary>An <see cref="OutboxEntry"/> as a table row and back. The activity is stored as UTF-8 bytes (a string property holds only 32 K characters).</summary>
internal static class OutboxRows
{
    public static TableEntity ToEntity(OutboxEntry entry)
    {
        var message = entry.Message;
        var target = message.Target;
        return new TableEntity(OutboxStore.PartitionOf(message.Key), TableKeys.Escape(message.Key))
        {
            ["Key"] = message.Key,
            ["Kind"] = message.Kind,
            ["ServiceUrl"] = target.ServiceUrl,
            ["ConversationId"] = target.ConversationId,
            ["TenantId"] = target.TenantId,
            ["UserId"] = target.UserId,
            ["BotId"] = target.BotId,
            ["AadObjectId"] = target.AadObjectId,
            ["Activity"] = Encoding.UTF8.GetBytes(message.ActivityJson),
            ["UpdateActivityId"] = message.UpdateActivityId,
            ["UpdateOfKey"] = message.UpdateOfKey,
            ["DueAt"] = message.DueAt,
            ["Status"] = entry.Status.ToString(),
            ["NextAttemptAt"] = entry.NextAttemptAt,
            ["Attempts"] = entry.Attempts,
            ["Throttles"] = entry.Throttles,
            ["LastAnswer"] = entry.LastAnswer,
            ["SentActivityId"] = entry.SentActivityId,
            ["LeasedBy"] = entry.LeasedBy,
            ["EnqueuedAt"] = entry.EnqueuedAt,
            ["CompletedAt"] = entry.CompletedAt,
        };
    }

    public static OutboxEntry FromEntity(TableEntity entity)
    {
        var target = new OutboxTarget(
            entity.GetString("ServiceUrl"),
            entity.GetString("ConversationId"),
            entity.GetString("TenantId"),
            entity.GetString("UserId"),
            entity.GetString("BotId"),
            entity.GetString("AadObjectId"));
        var message = new OutboxMessage(
            entity.GetString("Key"),
            entity.GetString("Kind"),
            target,
            Encoding.UTF8.GetString(entity.GetBinary("Activity")),
            entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
            entity.GetString("UpdateActivityId"),
            entity.GetString("UpdateOfKey"));
        return new OutboxEntry(
            message,
            Enum.Parse<OutboxStatus>(entity.GetString("Status")),
            entity.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
            entity.GetInt32("Attempts") ?? 0,
            entity.GetInt32("Throttles") ?? 0,
            entity.GetString("LastAnswer"),
            entity.GetString("SentActivityId"),
            entity.GetString("LeasedBy"),
            entity.GetDateTimeOffset("EnqueuedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("CompletedAt"),
            entity.ETag);
    }
}
