using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>
/// The secret tokens of the calendar links. A token is 256 random bits (base64url); only its SHA-256 is stored: a row
/// per member ("member", member id) with the current hash, and a row per hash ("token", hash) naming the member. A token
/// counts only while it is its member's current one (compared in constant time), so renewing revokes the old at once,
/// even if the old hash row outlives it.
/// </summary>
public sealed class FeedTokenStore(TableStore store, TimeProvider time)
{
    private const string MemberPartition = "member";
    private const string TokenPartition = "token";
    private const int TokenBytes = 32;

    /// <summary>The length of a token: 32 bytes in base64url without padding.</summary>
    public const int TokenLength = 43;

    private TableClient Table => store.Table(TableNames.CalendarFeedTokens);

    public async Task<bool> HasTokenAsync(string memberId, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, TableKeys.Escape(memberId), cancellationToken: cancellationToken)).HasValue;

    /// <summary>Makes a new token for the member; the previous one stops working. Returns the token (shown once, never stored).</summary>
    public async Task<string> IssueAsync(string memberId, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var hash = Hash(token);
        await Table.AddEntityAsync(new TableEntity(TokenPartition, hash) { ["MemberId"] = memberId }, cancellationToken);
        var previous = await ConcurrentWrites.RetryAsync(async () =>
        {
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, TableKeys.Escape(memberId), cancellationToken: cancellationToken);
            var row = new TableEntity(MemberPartition, TableKeys.Escape(memberId)) { ["MemberId"] = memberId, ["Hash"] = hash, ["IssuedAt"] = time.GetUtcNow() };
            if (stored.HasValue)
            {
                await Table.UpdateEntityAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return stored.Value.GetString("Hash");
            }
            await Table.AddEntityAsync(row, cancellationToken);
            return null;
        });
        if (previous is not null)
        {
            try
            {
                await Table.DeleteEntityAsync(TokenPartition, previous, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone: nothing to revoke.
            }
        }
        return token;
    }

    /// <summary>The member whose current token this is, or null (malformed, unknown, revoked).</summary>
    public async Task<string?> FindMemberAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length != TokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }
        var hash = Hash(token);
        var byToken = await Table.GetEntityIfExistsAsync<TableEntity>(TokenPartition, hash, cancellationToken: cancellationToken);
        if (!byToken.HasValue || byToken.Value!.GetString("MemberId") is not { } memberId)
        {
            return null;
        }
        var member = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, TableKeys.Escape(memberId), cancellationToken: cancellationToken);
        var current = member.HasValue ? member.Value!.GetString("Hash") : null;
        return current is not null && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(current), Convert.FromHexString(hash)) ? memberId : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
