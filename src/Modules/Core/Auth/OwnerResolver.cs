using System.Security.Claims;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// Turns the caller's principal into the scope's <see cref="OwnerContext"/>, creating the owner row on first sight.
/// Anonymous callers become the local owner only where <see cref="AuthOptions.AllowAnonymousLocalOwner"/> allows it.
/// </summary>
public sealed class OwnerResolver(OwnerContext owner, IServiceProvider services, AuthOptions options, KnownOwners known)
{
    public async Task ApplyAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        var ownerId = PrincipalFactory.OwnerIdOf(user);
        if (ownerId is null)
        {
            if (user?.Identity?.IsAuthenticated == true) throw new NotAuthorizedError("The token's subject (sub) is not a UUID.");
            if (options.AllowAnonymousLocalOwner != true) throw new AuthenticationRequiredError();
            await EnsureOwnerAsync(options.LocalOwnerId, "local", ct);
            owner.Set(options.LocalOwnerId, [ApiKeyScopes.Full]);
            return;
        }
        await EnsureOwnerAsync(ownerId.Value, user!.FindFirst("email")?.Value, ct);
        owner.Set(ownerId.Value, PrincipalFactory.ScopesOf(user), PrincipalFactory.ModuleOf(user));
    }

    private async Task EnsureOwnerAsync(Guid id, string? email, CancellationToken ct)
    {
        if (known.Contains(id)) return;
        // Only an owner not seen since start-up costs a DbContext and a query.
        var db = services.GetRequiredService<CoreDbContext>();
        if (!await db.Owners.AnyAsync(o => o.Id == id, ct))
        {
            db.Owners.Add(new Owner { Id = id, Email = email });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                // Another request may have provisioned the same owner first; anything else is a real failure.
                if (!await db.Owners.AsNoTracking().AnyAsync(o => o.Id == id, ct)) throw;
            }
            db.ChangeTracker.Clear();
        }
        known.Add(id);
    }
}
