// Key Vault (RBAC) holding the ballot key, the download links' signing key and, unless the bot is a managed identity, the app secret; the host's
// identity reads them as Key Vault Secrets User (Container Apps references them by URI).
param location string
param name string
param principalId string
@secure()
param ballotKey string
@secure()
param downloadsSigningKey string
@secure()
param microsoftAppPassword string
@description('False for a managed-identity bot: no app secret to keep.')
param storeAppPassword bool
param tags object

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource ballotKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'surveys-ballot-key'
  properties: { value: ballotKey }
}

resource downloadsKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'downloads-signing-key'
  properties: { value: downloadsSigningKey }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeAppPassword) {
  parent: vault
  name: 'microsoft-app-password'
  properties: { value: microsoftAppPassword }
}

resource hostReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, principalId, secretsUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

output ballotKeySecretUri string = ballotKeySecret.properties.secretUri
output downloadsKeySecretUri string = downloadsKeySecret.properties.secretUri
output appCredentialUri string = storeAppPassword ? appPasswordSecret!.properties.secretUri : ''
