using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace PartyBot.Core.Organization.Import;

/// <summary>
/// What an import stored, in one value: a hash of every unit and member row it imported. The importer writes it last
/// (<see cref="OrganizationStore.WriteImportStampAsync"/>) when it differs from the stored one; a bot instance that reads a
/// new stamp drops its organisation caches (<see cref="OrganizationDirectory"/>). Deterministic, so importing the same
/// files again (or after a crash) stores the same stamp.
/// </summary>
internal static class ImportStamp
{
    public static string Compute(IEnumerable<Unit> units, IEnumerable<Member> members)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entity in units.Select(OrganizationEntities.ToEntity).Concat(members.Select(OrganizationEntities.ToEntity)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Line(entity)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Line(TableEntity entity) =>
        string.Join('\u001f', entity.Keys.Order(StringComparer.Ordinal).Select(key => $"{key}={Convert.ToString(entity[key], CultureInfo.InvariantCulture)}")) + "\u001e";
}
