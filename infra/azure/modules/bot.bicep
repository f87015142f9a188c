// The Azure Bot resource (global) pointing at the host's /api/messages, with the Microsoft Teams channel.
param name string
param endpoint string
param appType string
param microsoftAppId string
param microsoftAppTenantId string
param identityId string
param insightsAppId string
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'PartyBot'
    description: 'PartyBot: sinh hoạt chi bộ trên Microsoft Teams'
    endpoint: endpoint
    msaAppId: microsoftAppId
    msaAppType: appType
    msaAppTenantId: appType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    developerAppInsightsApplicationId: insightsAppId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}
