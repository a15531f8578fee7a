import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'admin/roles/edit': ExtractProps<(typeof import('../../inertia/pages/admin/roles/edit.tsx'))['default']>
    'admin/roles/index': ExtractProps<(typeof import('../../inertia/pages/admin/roles/index.tsx'))['default']>
    'admin/security_log/index': ExtractProps<(typeof import('../../inertia/pages/admin/security_log/index.tsx'))['default']>
    'admin/users/create': ExtractProps<(typeof import('../../inertia/pages/admin/users/create.tsx'))['default']>
    'admin/users/edit': ExtractProps<(typeof import('../../inertia/pages/admin/users/edit.tsx'))['default']>
    'admin/users/index': ExtractProps<(typeof import('../../inertia/pages/admin/users/index.tsx'))['default']>
    'anonymous_reports/create': ExtractProps<(typeof import('../../inertia/pages/anonymous_reports/create.tsx'))['default']>
    'anonymous_reports/status': ExtractProps<(typeof import('../../inertia/pages/anonymous_reports/status.tsx'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/auth/forgot_password.tsx'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.tsx'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../inertia/pages/auth/reset_password.tsx'))['default']>
    'corrective_actions/index': ExtractProps<(typeof import('../../inertia/pages/corrective_actions/index.tsx'))['default']>
    'corrective_actions/show': ExtractProps<(typeof import('../../inertia/pages/corrective_actions/show.tsx'))['default']>
    'dashboard/show': ExtractProps<(typeof import('../../inertia/pages/dashboard/show.tsx'))['default']>
    'errors/show': ExtractProps<(typeof import('../../inertia/pages/errors/show.tsx'))['default']>
    'incidents/create': ExtractProps<(typeof import('../../inertia/pages/incidents/create.tsx'))['default']>
    'incidents/edit': ExtractProps<(typeof import('../../inertia/pages/incidents/edit.tsx'))['default']>
    'incidents/index': ExtractProps<(typeof import('../../inertia/pages/incidents/index.tsx'))['default']>
    'incidents/qr': ExtractProps<(typeof import('../../inertia/pages/incidents/qr.tsx'))['default']>
    'incidents/show': ExtractProps<(typeof import('../../inertia/pages/incidents/show.tsx'))['default']>
    'investigations/show': ExtractProps<(typeof import('../../inertia/pages/investigations/show.tsx'))['default']>
    'notifications/index': ExtractProps<(typeof import('../../inertia/pages/notifications/index.tsx'))['default']>
    'notifications/preferences': ExtractProps<(typeof import('../../inertia/pages/notifications/preferences.tsx'))['default']>
    'profile/sessions': ExtractProps<(typeof import('../../inertia/pages/profile/sessions.tsx'))['default']>
    'profile/show': ExtractProps<(typeof import('../../inertia/pages/profile/show.tsx'))['default']>
    'recordability/show': ExtractProps<(typeof import('../../inertia/pages/recordability/show.tsx'))['default']>
    'two_factor/challenge': ExtractProps<(typeof import('../../inertia/pages/two_factor/challenge.tsx'))['default']>
    'two_factor/recovery_codes': ExtractProps<(typeof import('../../inertia/pages/two_factor/recovery_codes.tsx'))['default']>
    'two_factor/setup': ExtractProps<(typeof import('../../inertia/pages/two_factor/setup.tsx'))['default']>
  }
}
