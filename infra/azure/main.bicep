// PartyBot on Azure: the Azure Bot (Teams channel), the host on Azure Container Apps (at least 2 replicas, probes on
// /healthz/*), Table storage reached by managed identity (no account key), Key Vault for the secrets, Application
// Insights. Deploy: az deployment group create -g <rg> -f infra/azure/main.bicep -p infra/azure/main.bicepparam
// (infra/README.md, "Deployment runbook").
targetScope = 'resourceGroup'

@description('Short lowercase prefix of every resource name (letters and digits).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'partybot'

param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework: an app registration of this tenant (SingleTenant), of any tenant (MultiTenant), or the user-assigned managed identity created here (UserAssignedMSI: no secret at all).')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param appType string = 'SingleTenant'

@description('The app registration\'s client id (SingleTenant, MultiTenant). Ignored for UserAssignedMSI, where the managed identity\'s client id is the app id.')
param microsoftAppId string = ''

@description('The tenant of the app registration or managed identity.')
param microsoftAppTenantId string = tenant().tenantId

@description('The app registration\'s client secret (SingleTenant, MultiTenant); stored in Key Vault only.')
@secure()
param microsoftAppPassword string = ''

@description('Surveys:BallotKey: base64 of at least 32 random bytes (openssl rand -base64 32); stored in Key Vault only. Never change it while a survey is open.')
@secure()
param ballotKey string

@description('Downloads:SigningKey: base64 of at least 32 random bytes (openssl rand -base64 32); signs the download links (CSV exports, minutes drafts); stored in Key Vault only.')
@secure()
param downloadsSigningKey string

@description('The host\'s container image (built from infra/docker/Dockerfile).')
param containerImage string

@description('Replicas that always run: at least 2, so a restart or an update never leaves Teams without a bot.')
@minValue(2)
param minReplicas int = 2

@minValue(2)
param maxReplicas int = 4

param tags object = {}

var usesSecret = appType != 'UserAssignedMSI'
var names = {
  identity: '${namePrefix}-id'
  logs: '${namePrefix}-logs'
  insights: '${namePrefix}-ai'
  storage: take('${namePrefix}${uniqueString(resourceGroup().id)}', 24)
  vault: take('${namePrefix}-kv-${uniqueString(resourceGroup().id)}', 24)
  environment: '${namePrefix}-env'
  app: '${namePrefix}-host'
  bot: '${namePrefix}-bot-${uniqueString(resourceGroup().id)}'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { location: location, logsName: names.logs, insightsName: names.insights, tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { location: location, name: names.storage, principalId: identity.properties.principalId, tags: tags }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: names.vault
    principalId: identity.properties.principalId
    ballotKey: ballotKey
    downloadsSigningKey: downloadsSigningKey
    microsoftAppPassword: usesSecret ? microsoftAppPassword : ''
    storeAppPassword: usesSecret
    tags: tags
  }
}

module host 'modules/containerapp.bicep' = {
  name: 'host'
  params: {
    location: location
    environmentName: names.environment
    appName: names.app
    image: containerImage
    identityId: identity.id
    identityClientId: identity.properties.clientId
    logsCustomerId: monitoring.outputs.logsCustomerId
    logsName: names.logs
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    tableServiceUri: storage.outputs.tableServiceUri
    ballotKeySecretUri: vault.outputs.ballotKeySecretUri
    downloadsKeySecretUri: vault.outputs.downloadsKeySecretUri
    appCredentialUri: vault.outputs.appCredentialUri
    appType: appType
    microsoftAppId: usesSecret ? microsoftAppId : identity.properties.clientId
    microsoftAppTenantId: microsoftAppTenantId
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    endpoint: 'https://${host.outputs.fqdn}/api/messages'
    appType: appType
    microsoftAppId: usesSecret ? microsoftAppId : identity.properties.clientId
    microsoftAppTenantId: microsoftAppTenantId
    identityId: identity.id
    insightsAppId: monitoring.outputs.insightsAppId
    tags: tags
  }
}

@description('The host name for the Teams app package (infra/appPackage/build.mjs --domain).')
output botDomain string = host.outputs.fqdn

@description('The app id for the Teams app package (--app-id).')
output microsoftAppId string = usesSecret ? microsoftAppId : identity.properties.clientId

output storageAccountName string = names.storage
output keyVaultName string = names.vault
