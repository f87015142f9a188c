using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Surveys;

/// <summary>
/// The row key of a member's ballot: HMAC-SHA256 of survey and member under the secret ballot key, in hex. The same member
/// in the same survey always gets the same key (one ballot each), yet without the secret no one can tell whose ballot a
/// row is, nor that two surveys' rows are the same member's (the survey is part of the hashed text).
/// </summary>
public sealed class BallotReceipts
{
    /// <summary>Outside Production without a configured key: fixed, so that restarts and several local hosts agree. Not a secret.</summary>
    private static readonly byte[] DevelopmentKey = SHA256.HashData("PartyBot development ballot key: not for production"u8);

    private readonly byte[] _key;

    public BallotReceipts(IOptions<SurveyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = SecretKeys.TryDecode(options.Value.BallotKey) ?? DevelopmentKey;
    }

    public string Of(SurveyId survey, string memberId)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var text = TableKeys.Join("ballot", survey.UnitId, survey.Quarter.ToString(), memberId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }

}
