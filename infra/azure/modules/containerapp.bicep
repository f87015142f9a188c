// The host on Azure Container Apps: one environment, one app of at least 2 replicas behind HTTPS ingress, the
// user-assigned identity for Table storage and Key Vault, and the probes on /healthz/live, /healthz/ready, /healthz.
param location string
param environmentName string
param appName string
param image string
param identityId string
param identityClientId string
param logsCustomerId string
param logsName string
@secure()
param insightsConnectionString string
param tableServiceUri string
param ballotKeySecretUri string
param downloadsKeySecretUri string
param appCredentialUri string
param appType string
param microsoftAppId string
param microsoftAppTenantId string
param minReplicas int
param maxReplicas int
param tags object

var port = 8080
var passwordSecrets = empty(appCredentialUri) ? [] : [
  { name: 'microsoft-app-password', keyVaultUrl: appCredentialUri, identity: identityId }
]
var passwordEnv = empty(appCredentialUri) ? [] : [
  { name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' }
]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logsName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logsCustomerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
    zoneRedundant: false
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'http'
        allowInsecure: false
      }
      secrets: concat([
        { name: 'surveys-ballot-key', keyVaultUrl: ballotKeySecretUri, identity: identityId }
        { name: 'downloads-signing-key', keyVaultUrl: downloadsKeySecretUri, identity: identityId }
        { name: 'insights-connection-string', value: insightsConnectionString }
      ], passwordSecrets)
    }
    template: {
      containers: [
        {
          name: 'partybot'
          image: image
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat([
            { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(port) }
            { name: 'MicrosoftAppType', value: appType }
            { name: 'MicrosoftAppId', value: microsoftAppId }
            { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
            { name: 'Storage__TableServiceUri', value: tableServiceUri }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'Surveys__BallotKey', secretRef: 'surveys-ballot-key' }
            { name: 'Downloads__SigningKey', secretRef: 'downloads-signing-key' }
            // The links in the cards point at the app's own HTTPS address on the environment's domain.
            { name: 'Downloads__BaseUrl', value: 'https://${appName}.${environment.properties.defaultDomain}' }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: 'insights-connection-string' }
          ], passwordEnv)
          probes: [
            {
              type: 'Startup'
              httpGet: { path: '/healthz', port: port }
              periodSeconds: 5
              failureThreshold: 24
            }
            {
              type: 'Liveness'
              httpGet: { path: '/healthz/live', port: port }
              periodSeconds: 15
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/healthz/ready', port: port }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          { name: 'http', http: { metadata: { concurrentRequests: '50' } } }
        ]
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
