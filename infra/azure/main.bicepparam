// An example: a single-tenant app registration. Secrets come from the environment of the deploying shell
// (az deployment group create … -p infra/azure/main.bicepparam), never from this file.
using 'main.bicep'

param namePrefix = 'partybot'
param appType = 'SingleTenant'
param microsoftAppId = readEnvironmentVariable('PARTYBOT_APP_ID', '00000000-0000-0000-0000-000000000000')
param microsoftAppPassword = readEnvironmentVariable('PARTYBOT_APP_PASSWORD', '')
param ballotKey = readEnvironmentVariable('PARTYBOT_BALLOT_KEY', '')
param downloadsSigningKey = readEnvironmentVariable('PARTYBOT_DOWNLOADS_KEY', '')
param containerImage = readEnvironmentVariable('PARTYBOT_IMAGE', 'partybot.azurecr.io/partybot:latest')
