#include "MicrosoftServicePrincipals.h"

#include <QJsonArray>

namespace {

struct DelegatedPermission
{
    const char* value;
    const char* id;
    bool admin;
    const char* adminDisplayName;
    const char* adminDescription;
    const char* userDisplayName;
    const char* userDescription;
};

struct ApplicationPermission
{
    const char* value;
    const char* id;
    const char* displayName;
    const char* description;
};

// value, id, type, adminConsentDisplayName, adminConsentDescription, userConsentDisplayName, userConsentDescription
const DelegatedPermission kDelegated[] = {
    {"openid",
     "37f7f235-527c-4136-accd-4a02d197296e",
     false,
     "Sign users in",
     "Allows users to sign in to the app with their work or school accounts and allows the app to see basic user "
     "profile information.",
     "Sign in as you",
     "Allows you to sign in to the app with your work or school account and allows the app to read your basic profile "
     "information."},
    {"profile",
     "14dad69e-099b-42c9-810b-d002981feec1",
     false,
     "View users' basic profile",
     "Allows the app to see your users' basic profile (e.g., name, picture, user name, email address)",
     "View your basic profile",
     "Allows the app to see your basic profile (e.g., name, picture, user name, email address)"},
    {"email",
     "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0",
     false,
     "View users' email address",
     "Allows the app to read your users' primary email address",
     "View your email address",
     "Allows the app to read your primary email address"},
    {"offline_access",
     "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
     false,
     "Maintain access to data you have given it access to",
     "Allows the app to see and update the data you gave it access to, even when users are not currently using the "
     "app. This does not give the app any additional permissions.",
     "Maintain access to data you have given it access to",
     "Allows the app to see and update the data you gave it access to, even when you are not currently using the app. "
     "This does not give the app any additional permissions."},
    {"User.Read",
     "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
     false,
     "Sign in and read user profile",
     "Allows users to sign-in to the app, and allows the app to read the profile of signed-in users. It also allows "
     "the app to read basic company information of signed-in users.",
     "Sign you in and read your profile",
     "Allows you to sign in to the app with your organizational account and let the app read your profile. It also "
     "allows the app to read basic company information."},
    {"User.ReadWrite",
     "b4e74841-8e56-480b-be8b-910348b18b4c",
     false,
     "Read and write access to user profile",
     "Allows the app to read your profile. It also allows the app to update your profile information on your behalf.",
     "Read and update your profile",
     "Allows the app to read your profile, and discover your group membership, reports and manager. It also allows the "
     "app to update your profile information on your behalf."},
    {"User.ReadBasic.All",
     "b340eb25-3456-403f-be2f-af7a0d370277",
     false,
     "Read all users' basic profiles",
     "Allows the app to read a basic set of profile properties of other users in your organization on behalf of the "
     "signed-in user. This includes display name, first and last name, email address and photo.",
     "Read all users' basic profiles",
     "Allows the app to read a basic set of profile properties of other users in your organization on your behalf. "
     "Includes display name, first and last name, email address and photo."},
    {"User.Read.All",
     "a154be20-db9c-4678-8ab7-66f6cc099a59",
     true,
     "Read all users' full profiles",
     "Allows the app to read the full set of profile properties, reports, and managers of other users in your "
     "organization, on behalf of the signed-in user.",
     "Read all users' full profiles",
     "Allows the app to read the full set of profile properties, reports, and managers of other users in your "
     "organization, on your behalf."},
    {"User.ReadWrite.All",
     "204e0828-b5ca-4ad8-b9f3-f32a958e7cc4",
     true,
     "Read and write all users' full profiles",
     "Allows the app to read and write the full set of profile properties, reports, and managers of other users in "
     "your organization, on behalf of the signed-in user.",
     "Read and write all users' full profiles",
     "Allows the app to read and write the full set of profile properties, reports, and managers of other users in "
     "your organization, on your behalf."},
    {"Directory.Read.All",
     "06da0dbc-49e2-44d2-8312-53f166ab848a",
     true,
     "Read directory data",
     "Allows the app to read data in your organization's directory, such as users, groups and apps.",
     "Read directory data",
     "Allows the app to read data in your organization's directory."},
    {"Directory.ReadWrite.All",
     "c5366453-9fb0-48a5-a156-24f0c49a4b84",
     true,
     "Read and write directory data",
     "Allows the app to read and write data in your organization's directory, such as users, and groups. It does not "
     "allow the app to delete users or groups, or reset user passwords.",
     "Read and write directory data",
     "Allows the app to read and write data in your organization's directory, such as other users, groups. It does not "
     "allow the app to delete users or groups, or reset user passwords."},
    {"Group.Read.All",
     "5f8c59db-677d-491f-a6b8-5f174b11ec1d",
     true,
     "Read all groups",
     "Allows the app to list groups, and to read their properties and all group memberships on behalf of the signed-in "
     "user. Also allows the app to read calendar, conversations, files, and other group content for all groups the "
     "signed-in user can access.",
     "Read all groups",
     "Allows the app to list groups, and to read their properties and all group memberships on your behalf. Also "
     "allows the app to read calendar, conversations, files, and other group content for all groups you can access."},
    {"Group.ReadWrite.All",
     "4e46008b-f24c-477d-8fff-7bb4ec7aafe0",
     true,
     "Read and write all groups",
     "Allows the app to create groups and read all group properties and memberships on behalf of the signed-in user. "
     "Additionally allows group owners to manage their groups and allows group members to update group content.",
     "Read and write all groups",
     "Allows the app to create groups and read all group properties and memberships on your behalf. Additionally "
     "allows the app to manage your groups and to update group content for groups you are a member of."},
    {"GroupMember.Read.All",
     "bc024368-1153-4739-b217-4326f2e966d0",
     true,
     "Read group memberships",
     "Allows the app to list groups, read basic group properties and read membership of all groups the signed-in user "
     "has access to.",
     "Read group memberships",
     "Allows the app to list groups, read basic group properties and read membership of all your groups."},
    {"Application.Read.All",
     "c79f8feb-a9db-4090-85f9-90d820caa0eb",
     true,
     "Read applications",
     "Allows the app to read applications and service principals on behalf of the signed-in user.",
     "Read applications",
     "Allows the app to read applications and service principals on your behalf."},
    {"Application.ReadWrite.All",
     "bdfbf15f-ee85-4955-8675-146e8e5296b5",
     true,
     "Read and write applications",
     "Allows the app to create, read, update and delete applications and service principals on behalf of the signed-in "
     "user. Allows management of app role assignments, except those exposed by Microsoft Graph. Does not allow "
     "management of delegated permission grants.",
     "Read and write applications",
     "Allows the app to create, read, update and delete applications and service principals on your behalf. Does not "
     "allow management of consent grants."},
    {"AppRoleAssignment.ReadWrite.All",
     "84bccea3-f856-4a8a-967b-dbe0a3d53a64",
     true,
     "Manage app permission grants and app role assignments",
     "Allows the app to manage permission grants for application permissions to any API (including Microsoft Graph) "
     "and application assignments for any app, on behalf of the signed-in user.",
     "Manage app permission grants and app role assignments",
     "Allows the app to manage permission grants for application permissions to any API (including Microsoft Graph) "
     "and application assignments for any app, on your behalf."},
    {"DelegatedPermissionGrant.ReadWrite.All",
     "41ce6ca6-6826-4807-84f1-1c82854f7ee5",
     true,
     "Manage all delegated permission grants",
     "Allows the app to manage permission grants for delegated permissions exposed by any API (including Microsoft "
     "Graph), on behalf of the signed in user.",
     "Manage all delegated permission grants",
     "Allows the app to manage permission grants for delegated permissions exposed by any API (including Microsoft "
     "Graph), on your behalf."},
    {"ConsentRequest.Read.All",
     "f3bfad56-966e-4590-a536-82ecf548ac1e",
     true,
     "Read consent requests",
     "Allows the app to read consent requests and approvals on behalf of the signed-in user.",
     "Read consent requests",
     "Allows the app to read consent requests and approvals, on your behalf."},
    {"ConsentRequest.ReadWrite.All",
     "497d9dfa-3bd1-481a-baab-90895e54568c",
     true,
     "Read and write consent requests",
     "Allows the app to read app consent requests and approvals, and deny or approve those requests on behalf of the "
     "signed-in user.",
     "Read and write consent requests",
     "Allows the app to read app consent requests for your approval, and deny or approve those request on your "
     "behalf."},
    {"Policy.Read.All",
     "572fea84-0151-49b2-9301-11cb16974376",
     true,
     "Read your organization's policies",
     "Allows the app to read your organization's policies on behalf of the signed-in user.",
     "Read your organization's policies",
     "Allows the app to read your organization's policies on your behalf."},
    {"Policy.ReadWrite.ConsentRequest",
     "4d135e65-66b8-41a8-9f8b-081452c91774",
     true,
     "Read and write consent request policy",
     "Allows the app to read and write your organization's consent requests policy on behalf of the signed-in user.",
     "Read and write consent request policy",
     "Allows the app to read and write your organization's consent request policy on your behalf."},
    {"Policy.ReadWrite.Authorization",
     "edd3c878-b384-41fd-95ad-e7407dd775be",
     true,
     "Read and write your organization's authorization policy",
     "Allows the app to read and write your organization's authorization policy on behalf of the signed-in user. For "
     "example, authorization policies can control some of the permissions that the out-of-the-box user role has by "
     "default.",
     "Read and write your organization's authorization policy",
     "Allows the app to read and write your organization's authorization policy on your behalf. For example, "
     "authorization policies can control some of the permissions that the out-of-the-box user role has by default."},
    {"Policy.Read.PermissionGrant",
     "414de6ea-2d92-462f-b120-6e2a809a6d01",
     true,
     "Read consent and permission grant policies",
     "Allows the app to read policies related to consent and permission grants for applications, on behalf of the "
     "signed-in user.",
     "Read consent and permission grant policies",
     "Allows the app to read policies related to consent and permission grants for applications, on your behalf."},
    {"Policy.ReadWrite.PermissionGrant",
     "2672f8bb-fd5e-42e0-85e1-ec764dd2614e",
     true,
     "Manage consent and permission grant policies",
     "Allows the app to manage policies related to consent and permission grants for applications, on behalf of the "
     "signed-in user.",
     "Manage consent and permission grant policies",
     "Allows the app to manage policies related to consent and permission grants for applications, on behalf of the "
     "signed-in user."},
    {"AuditLog.Read.All",
     "e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20",
     true,
     "Read audit log data",
     "Allows the app to read and query your audit log activities, on behalf of the signed-in user.",
     "Read audit log data",
     "Allows the app to read and query your audit log activities, on your behalf."},
    {"RoleManagement.Read.Directory",
     "741c54c3-0c1e-44a1-818b-3f97ab4e8c83",
     true,
     "Read directory RBAC settings",
     "Allows the app to read the role-based access control (RBAC) settings for your company's directory, on behalf of "
     "the signed-in user. This includes reading directory role templates, directory roles and memberships.",
     "Read directory RBAC settings",
     "Allows the app to read the role-based access control (RBAC) settings for your company's directory, on your "
     "behalf. This includes reading directory role templates, directory roles and memberships."},
    {"Organization.Read.All",
     "4908d5b9-3fb2-4b1e-9336-1888b7937185",
     true,
     "Read organization information",
     "Allows the app to read the organization and related resources, on behalf of the signed-in user. Related "
     "resources include things like subscribed skus and tenant branding information.",
     "Read organization information",
     "Allows the app to read the organization and related resources, on your behalf. Related resources include things "
     "like subscribed skus and tenant branding information."},
    {"Mail.Read",
     "570282fd-fa5c-430d-a7fd-fc8dc98a9dca",
     false,
     "Read user mail",
     "Allows the app to read the signed-in user's mailbox.",
     "Read your mail",
     "Allows the app to read email in your mailbox."},
    {"Mail.ReadBasic",
     "a4b8392a-d8d1-4954-a029-8e668a39a170",
     false,
     "Read user basic mail",
     "Allows the app to read email in the signed-in user's mailbox except body, previewBody, attachments and any "
     "extended properties.",
     "Read user basic mail",
     "Allows the app to read email in the signed-in user's mailbox except body, previewBody, attachments and any "
     "extended properties."},
    {"Mail.ReadWrite",
     "024d486e-b451-40bb-833d-3e66d98c5c73",
     false,
     "Read and write access to user mail",
     "Allows the app to create, read, update, and delete email in user mailboxes. Does not include permission to send "
     "mail.",
     "Read and write access to your mail",
     "Allows the app to read, update, create and delete email in your mailbox. Does not include permission to send "
     "mail."},
    {"Mail.Send",
     "e383f46e-2787-4529-855e-0e479a3ffac0",
     false,
     "Send mail as a user",
     "Allows the app to send mail as users in the organization.",
     "Send mail as you",
     "Allows the app to send mail as you."},
    {"MailboxSettings.ReadWrite",
     "818c620a-27a9-40bd-a6a5-d96f7d610b4b",
     false,
     "Read and write user mailbox settings",
     "Allows the app to create, read, update, and delete user's mailbox settings. Does not include permission to send "
     "mail.",
     "Read and write to your mailbox settings",
     "Allows the app to read, update, create, and delete your mailbox settings."},
    {"Calendars.Read",
     "465a38f9-76ea-45b9-9f34-9e8b0d4b0b42",
     false,
     "Read user calendars",
     "Allows the app to read events in user calendars.",
     "Read your calendars",
     "Allows the app to read events in your calendars."},
    {"Calendars.Read.Shared",
     "2b9c4092-424d-4249-948d-b43879977640",
     false,
     "Read user and shared calendars",
     "Allows the app to read events in all calendars that the user can access, including delegate and shared "
     "calendars.",
     "Read calendars you can access",
     "Allows the app to read events in all calendars that you can access, including delegate and shared calendars."},
    {"Calendars.ReadWrite",
     "1ec239c2-d7c9-4623-a91a-a9775856bb36",
     false,
     "Have full access to user calendars",
     "Allows the app to create, read, update, and delete events in user calendars.",
     "Have full access to your calendars",
     "Allows the app to read, update, create and delete events in your calendars."},
    {"Contacts.Read",
     "ff74d97f-43af-4b68-9f2a-b77ee6968c5d",
     false,
     "Read user contacts",
     "Allows the app to read user contacts.",
     "Read your contacts",
     "Allows the app to read contacts in your contact folders."},
    {"Contacts.ReadWrite",
     "d56682ec-c09e-4743-aaf4-1a3aac4caa21",
     false,
     "Have full access to user contacts",
     "Allows the app to create, read, update, and delete user contacts.",
     "Have full access of your contacts",
     "Allows the app to read, update, create and delete contacts in your contact folders."},
    {"Files.Read",
     "10465720-29dd-4523-a11a-6a75c743c9d9",
     false,
     "Read user files",
     "Allows the app to read the signed-in user's files.",
     "Read your files",
     "Allows the app to read your files."},
    {"Files.ReadWrite",
     "5c28f0bf-8a70-41f1-8ab2-9032436ddb65",
     false,
     "Have full access to user files",
     "Allows the app to read, create, update and delete the signed-in user's files.",
     "Have full access to your files",
     "Allows the app to read, create, update, and delete your files."},
    {"Files.Read.All",
     "df85f4d6-205c-4ac5-a5ea-6bf408dba283",
     false,
     "Read all files that user can access",
     "Allows the app to read all files the signed-in user can access.",
     "Read all files that you have access to",
     "Allows the app to read all files you can access."},
    {"Files.ReadWrite.All",
     "863451e7-0667-486c-a5d6-d135439485f0",
     false,
     "Have full access to all files user can access",
     "Allows the app to read, create, update and delete all files the signed-in user can access.",
     "Have full access to all files you have access to",
     "Allows the app to read, create, update and delete all files that you can access."},
    {"Sites.Read.All",
     "205e70e5-aba6-4c52-a976-6d2d46c48043",
     false,
     "Read items in all site collections",
     "Allows the application to read documents and list items in all site collections on behalf of the signed-in user",
     "Read items in all site collections",
     "Allow the application to read documents and list items in all site collections on your behalf"},
    {"Sites.ReadWrite.All",
     "89fe6a52-be36-487e-b7d8-d061c450a026",
     false,
     "Edit or delete items in all site collections",
     "Allows the application to edit or delete documents and list items in all site collections on behalf of the "
     "signed-in user.",
     "Edit or delete items in all site collections",
     "Allow the application to edit or delete documents and list items in all site collections on your behalf."},
    {"People.Read",
     "ba47897c-39ec-4d83-8086-ee8256fa737d",
     false,
     "Read users' relevant people lists",
     "Allows the app to read a ranked list of relevant people of the signed-in user. The list includes local contacts, "
     "contacts from social networking, your organization's directory, and people from recent communications (such as "
     "email and Skype).",
     "Read your relevant people list",
     "Allows the app to read a list of people in the order that's most relevant to you. This includes your local "
     "contacts, your contacts from social networking, people listed in your organization's directory, and people from "
     "recent communications."},
    {"Tasks.ReadWrite",
     "2219042f-cab5-40cc-b0d2-16b1540b4c5f",
     false,
     "Create, read, update, and delete user's tasks and task lists",
     "Allows the app to create, read, update, and delete the signed-in user's tasks and task lists, including any "
     "shared with the user.",
     "Create, read, update, and delete your tasks and task lists",
     "Allows the app to create, read, update, and delete your tasks and task lists, including any shared with you."},
    {"Notes.Read",
     "371361e4-b9e2-4a3f-8315-2a301a3b0a3d",
     false,
     "Read user OneNote notebooks",
     "Allows the app to read OneNote notebooks on behalf of the signed-in user.",
     "Read your OneNote notebooks",
     "Allows the app to read OneNote notebooks on your behalf."},
    {"Chat.Read",
     "f501c180-9344-439a-bca0-6cbf209fd270",
     false,
     "Read user chat messages",
     "Allows an app to read 1 on 1 or group chats threads, on behalf of the signed-in user.",
     "Read your chat messages",
     "Allows an app to read your 1 on 1 or group chat messages in Microsoft Teams, on your behalf."},
    {"Chat.ReadWrite",
     "9ff7295e-131b-4d94-90e1-69fde507ac11",
     false,
     "Read and write user chat messages",
     "Allows an app to read and write 1 on 1 or group chats threads, on behalf of the signed-in user.",
     "Read and write your chat messages",
     "Allows an app to read and write your 1 on 1 or group chat messages in Microsoft Teams, on your behalf."},
    {"ChannelMessage.Send",
     "ebf0f66e-9fb1-49e4-a278-222f76911cf4",
     false,
     "Send channel messages",
     "Allows an app to send channel messages in Microsoft Teams, on behalf of the signed-in user.",
     "Send channel messages",
     "Allows the app to send channel messages in Microsoft Teams, on your behalf."},
    {"Team.ReadBasic.All",
     "485be79e-c497-4b35-9400-0e3fa7f2a5d4",
     false,
     "Read the names and descriptions of teams",
     "Read the names and descriptions of teams, on behalf of the signed-in user.",
     "Read the names and descriptions of teams",
     "Read the names and descriptions of teams, on your behalf."},
    {"Presence.Read",
     "76bc735e-aecd-4a1d-8b4c-2b915deabb79",
     false,
     "Read user's presence information",
     "Allows the app to read presence information on behalf of the signed-in user. Presence information includes "
     "activity, availability, status note, calendar out-of-office message, timezone and location.",
     "Read your presence information",
     "Allows the app to read your presence information on your behalf. Presence information includes activity, "
     "availability, status note, calendar out-of-office message, timezone and location."},
    {"OnlineMeetings.ReadWrite",
     "a65f2972-a4f8-4f5e-afd7-69ccb046d5dc",
     false,
     "Read and create user's online meetings",
     "Allows the app to read and create online meetings on behalf of the signed-in user.",
     "Read and create your online meetings",
     "Allows the app to read and create online meetings on your behalf."},
    {"SMTP.Send",
     "258f6531-6087-4cc4-bb90-092c5fb3ed3f",
     false,
     "Send emails from mailboxes using SMTP AUTH.",
     "Allows the app to be able to send emails from the user's mailbox using the SMTP AUTH client submission protocol.",
     "Access to sending emails from your mailbox.",
     "Allows the app to send emails on your behalf from your mailbox."},
    {"IMAP.AccessAsUser.All",
     "652390e4-393a-48de-9484-05f9b1212954",
     false,
     "Read and write access to mailboxes via IMAP.",
     "Allows the app to have the same access to mailboxes as the signed-in user via IMAP protocol.",
     "Read and write access to your mail.",
     "Allows the app to read, update, create and delete email in your mailbox. Does not include permission to send "
     "mail."},
    {"EWS.AccessAsUser.All",
     "9769c687-087d-48ac-9cb3-c37dde652038",
     false,
     "Access mailboxes as the signed-in user via Exchange Web Services",
     "Allows the app to have the same access to mailboxes as the signed-in user via Exchange Web Services.",
     "Access your mailboxes",
     "Allows the app full access to your mailboxes on your behalf."},
};
const ApplicationPermission kApplication[] = {
    {"User.Read.All",
     "df021288-bdef-4463-88db-98f22de89214",
     "Read all users' full profiles",
     "Allows the app to read user profiles without a signed in user."},
    {"User.ReadWrite.All",
     "741f803b-c850-494e-b5df-cde7c675a1ca",
     "Read and write all users' full profiles",
     "Allows the app to read and update user profiles without a signed in user."},
    {"Directory.Read.All",
     "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
     "Read directory data",
     "Allows the app to read data in your organization's directory, such as users, groups and apps, without a "
     "signed-in user."},
    {"Directory.ReadWrite.All",
     "19dbc75e-c2e2-444c-a770-ec69d8559fc7",
     "Read and write directory data",
     "Allows the app to read and write data in your organization's directory, such as users, and groups, without a "
     "signed-in user. Does not allow user or group deletion."},
    {"Group.Read.All",
     "5b567255-7703-4780-807c-7be8301ae99b",
     "Read all groups",
     "Allows the app to read group properties and memberships, and read conversations for all groups, without a "
     "signed-in user."},
    {"Group.ReadWrite.All",
     "62a82d76-70ea-41e2-9197-370581804d09",
     "Read and write all groups",
     "Allows the app to create groups, read all group properties and memberships, update group properties and "
     "memberships, and delete groups. Also allows the app to read and write conversations. All of these operations can "
     "be performed by the app without a signed-in user."},
    {"GroupMember.Read.All",
     "98830695-27a2-44f7-8c18-0c3ebc9698f6",
     "Read all group memberships",
     "Allows the app to read memberships and basic group properties for all groups without a signed-in user."},
    {"Application.Read.All",
     "9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30",
     "Read all applications",
     "Allows the app to read all applications and service principals without a signed-in user."},
    {"Application.ReadWrite.All",
     "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9",
     "Read and write all applications",
     "Allows the app to create, read, update and delete applications and service principals without a signed-in user. "
     "Allows management of app role assignments, except those exposed by Microsoft Graph. Does not allow management of "
     "delegated permission grants."},
    {"Application.ReadWrite.OwnedBy",
     "18a4783c-866b-4cc7-a460-3d5e5662c884",
     "Manage apps that this app creates or owns",
     "Allows the app to create other applications, and fully manage those applications (read, update, update "
     "application secrets and delete), without a signed-in user. It cannot update any apps that it is not an owner "
     "of."},
    {"AppRoleAssignment.ReadWrite.All",
     "06b708a9-e830-4db3-a914-8e69da51d44f",
     "Manage app permission grants and app role assignments",
     "Allows the app to manage permission grants for application permissions to any API (including Microsoft Graph) "
     "and application assignments for any app, without a signed-in user."},
    {"AuditLog.Read.All",
     "b0afded3-3588-46d8-8b3d-9842eff778da",
     "Read all audit log data",
     "Allows the app to read and query your audit log activities, without a signed-in user."},
    {"Organization.Read.All",
     "498476ce-e0fe-48b0-b801-37ba7e2685c6",
     "Read organization information",
     "Allows the app to read the organization and related resources, without a signed-in user. Related resources "
     "include things like subscribed skus and tenant branding information."},
    {"Mail.Read",
     "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
     "Read mail in all mailboxes",
     "Allows the app to read mail in all mailboxes without a signed-in user."},
    {"Mail.ReadBasic.All",
     "693c5e45-0940-467d-9b8a-1022fb9d42ef",
     "Read basic mail in all mailboxes",
     "Allows the app to read basic mail properties in all mailboxes without a signed-in user. Includes all properties "
     "except body, previewBody, attachments and any extended properties."},
    {"Mail.ReadWrite",
     "e2a3a72e-5f79-4c64-b1b1-878b674786c9",
     "Read and write mail in all mailboxes",
     "Allows the app to create, read, update, and delete mail in all mailboxes without a signed-in user. Does not "
     "include permission to send mail."},
    {"Mail.Send",
     "b633e1c5-b582-4048-a93e-9f11b44c7e96",
     "Send mail as any user",
     "Allows the app to send mail as any user without a signed-in user."},
    {"MailboxSettings.Read",
     "40f97065-369a-49f4-947c-6a255697ae91",
     "Read all user mailbox settings",
     "Allows the app to read user's mailbox settings without a signed-in user. Does not include permission to send "
     "mail."},
    {"Calendars.Read",
     "798ee544-9d2d-430c-a058-570e29e34338",
     "Read calendars in all mailboxes",
     "Allows the app to read events of all calendars without a signed-in user."},
    {"Calendars.ReadBasic.All",
     "8ba4a692-bc31-4128-9094-475872af8a53",
     "Read basic details of calendars in all mailboxes",
     "Allows the app to read events of all calendars, except for properties such as body, attachments, and extensions, "
     "without a signed-in user."},
    {"Calendars.ReadWrite",
     "ef54d2bf-783f-4e0f-bca1-3210c0444d99",
     "Read and write calendars in all mailboxes",
     "Allows the app to create, read, update, and delete events of all calendars without a signed-in user."},
    {"Contacts.Read",
     "089fe4d0-434a-44c5-8827-41ba8a0b17f5",
     "Read contacts in all mailboxes",
     "Allows the app to read all contacts in all mailboxes without a signed-in user."},
    {"Files.Read.All",
     "01d4889c-1287-42c6-ac1f-5d1e02578ef6",
     "Read files in all site collections",
     "Allows the app to read all files in all site collections without a signed in user."},
    {"Files.ReadWrite.All",
     "75359482-378d-4052-8f01-80520e7db3cd",
     "Read and write files in all site collections",
     "Allows the app to read, create, update and delete all files in all site collections without a signed in user."},
    {"Sites.Read.All",
     "332a536c-c7ef-4017-ab91-336970924f0d",
     "Read items in all site collections",
     "Allows the app to read documents and list items in all site collections without a signed in user."},
    {"Sites.ReadWrite.All",
     "9492366f-7969-46a4-8d15-ed1a20078fff",
     "Read and write items in all site collections",
     "Allows the app to create, read, update, and delete documents and list items in all site collections without a "
     "signed in user."},
    {"Sites.Selected",
     "883ea226-0bf2-4a8f-9f9d-92c9162a727d",
     "Access selected site collections",
     "Allow the application to access a subset of site collections without a signed in user. The specific site "
     "collections and the permissions granted will be configured in SharePoint Online."},
    {"Team.ReadBasic.All",
     "2280dda6-0bfd-44ee-a2f4-cb867cfc4c1e",
     "Get a list of all teams",
     "Get a list of all teams, without a signed-in user."},
    {"Reports.Read.All",
     "230c1aed-a721-4c5d-9cb4-a90514e508ef",
     "Read all usage reports",
     "Allows an app to read all service usage reports without a signed-in user. Services that provide usage reports "
     "include Office 365 and Azure Active Directory."},
    {"Policy.Read.All",
     "246dd0d5-5bd0-4def-940b-0421030a5b68",
     "Read your organization's policies",
     "Allows the app to read all your organization's policies without a signed in user."},
    {"RoleManagement.ReadWrite.Directory",
     "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8",
     "Read and write all directory RBAC settings",
     "Allows the app to read and manage the role-based access control (RBAC) settings for your company's directory, "
     "without a signed-in user. This includes instantiating directory roles and managing directory role membership, "
     "and reading directory role templates, directory roles and memberships."},
};

QJsonObject base(const QString& objectId, const QString& appId, const QString& name)
{
    return QJsonObject {
        {QStringLiteral("id"), objectId},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("displayName"), name},
        {QStringLiteral("appDisplayName"), name},
        {QStringLiteral("publisherName"), QStringLiteral("Microsoft Services")},
        {QStringLiteral("verifiedPublisher"),
         QJsonObject {{QStringLiteral("displayName"), QJsonValue::Null},
                      {QStringLiteral("verifiedPublisherId"), QJsonValue::Null},
                      {QStringLiteral("addedDateTime"), QJsonValue::Null}}},
        {QStringLiteral("appOwnerOrganizationId"), MicrosoftServicePrincipals::kMicrosoftTenantId},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMultipleOrgs")},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("homepage"), QJsonValue::Null},
        {QStringLiteral("replyUrls"), QJsonArray()},
    };
}

QJsonObject scope(const DelegatedPermission& p)
{
    return QJsonObject {
        {QStringLiteral("adminConsentDescription"), QString::fromUtf8(p.adminDescription)},
        {QStringLiteral("adminConsentDisplayName"), QString::fromUtf8(p.adminDisplayName)},
        {QStringLiteral("id"), QString::fromLatin1(p.id)},
        {QStringLiteral("isEnabled"), true},
        {QStringLiteral("type"), p.admin ? QStringLiteral("Admin") : QStringLiteral("User")},
        {QStringLiteral("userConsentDescription"), QString::fromUtf8(p.userDescription)},
        {QStringLiteral("userConsentDisplayName"), QString::fromUtf8(p.userDisplayName)},
        {QStringLiteral("value"), QString::fromLatin1(p.value)},
    };
}

QJsonObject role(const ApplicationPermission& p)
{
    return QJsonObject {
        {QStringLiteral("allowedMemberTypes"), QJsonArray {QStringLiteral("Application")}},
        {QStringLiteral("description"), QString::fromUtf8(p.description)},
        {QStringLiteral("displayName"), QString::fromUtf8(p.displayName)},
        {QStringLiteral("id"), QString::fromLatin1(p.id)},
        {QStringLiteral("isEnabled"), true},
        {QStringLiteral("origin"), QStringLiteral("Application")},
        {QStringLiteral("value"), QString::fromLatin1(p.value)},
    };
}

} // namespace

const QString MicrosoftServicePrincipals::kMicrosoftTenantId = QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a");

QJsonObject MicrosoftServicePrincipals::microsoftGraph(const QString& objectId)
{
    QJsonObject sp
        = base(objectId, QStringLiteral("00000003-0000-0000-c000-000000000000"), QStringLiteral("Microsoft Graph"));
    QJsonArray scopes;
    for (const auto& p : kDelegated) {
        scopes.append(scope(p));
    }
    QJsonArray roles;
    for (const auto& p : kApplication) {
        roles.append(role(p));
    }
    sp.insert(QStringLiteral("oauth2PermissionScopes"), scopes);
    sp.insert(QStringLiteral("appRoles"), roles);
    return sp;
}

QJsonObject MicrosoftServicePrincipals::exchangeOnline(const QString& objectId)
{
    QJsonObject sp = base(
        objectId, QStringLiteral("00000002-0000-0ff1-ce00-000000000000"), QStringLiteral("Office 365 Exchange Online"));
    static const DelegatedPermission delegated[] = {
        {"EWS.AccessAsUser.All",
         "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5",
         false,
         "Access mailboxes as the signed-in user via Exchange Web Services",
         "Allows the app to have the same access to mailboxes as the signed-in user via Exchange Web Services.",
         "Access your mailboxes",
         "Allows the app full access to your mailboxes on your behalf."},
        {"Exchange.Manage",
         "ab4f2b77-0b06-4fc1-a9de-02113fc2ab7c",
         true,
         "Manage Exchange configuration",
         "Allows the app to manage the organization's Exchange environment, such as mailboxes, groups, and other "
         "configuration objects. To enable management actions, an admin must assign the appropriate roles to the app "
         "user.",
         "Manage Exchange configuration",
         "Allows the app to manage the organization's Exchange environment, such as mailboxes, groups, and other "
         "configuration objects. To enable management actions, an admin must assign the appropriate roles to the app "
         "user."},
    };
    static const ApplicationPermission application[] = {
        {"Exchange.ManageAsApp",
         "dc50a0fb-09a3-484d-be87-e023b12c6440",
         "Manage Exchange As Application",
         "Allows the app to manage the organization's Exchange environment without any user interaction. This includes "
         "mailboxes, groups, and other configuration objects. To enable management actions, an admin must assign the "
         "appropriate roles directly to the app."},
        {"full_access_as_app",
         "dc890d15-9560-4a4c-9b7f-a736ec74ec40",
         "Use Exchange Web Services with full access to all mailboxes",
         "Allows the app to have full access via Exchange Web Services to all mailboxes without a signed-in user."},
    };
    QJsonArray scopes;
    for (const auto& p : delegated) {
        scopes.append(scope(p));
    }
    QJsonArray roles;
    for (const auto& p : application) {
        roles.append(role(p));
    }
    sp.insert(QStringLiteral("oauth2PermissionScopes"), scopes);
    sp.insert(QStringLiteral("appRoles"), roles);
    return sp;
}
