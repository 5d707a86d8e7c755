/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Modified for Refugio from Camunda 7.24.0's default: app vendor, Spanish-first locales
// (see docs/webapp-translations.md) and links to Refugio's own staff pages.

export default {
  // change the app name and vendor
  app: {
    name: 'Welcome',
    vendor: 'Refugio'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Refugio: Spanish first. The webapps take the browser's first language (navigator.languages[0],
  // region dropped: es-MX -> es) if it is listed here, else fallbackLocale. Browsers set to English
  // still get English; remove 'en' to force Spanish for everyone.
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // Refugio's staff pages, outside the webapps; they use this same login
  links: [
    {
      label: 'Calendario de días inhábiles',
      href: '/calendar/',
      description: 'Días inhábiles por ley y declarados, suspensiones de plazos (personal de políticas)'
    },
    {
      label: 'Expediente',
      href: '/casefile/',
      description: 'Consultar el expediente completo de una solicitud (personal de la oficina)'
    },
    {
      label: 'Consulta de estado en ventanilla',
      href: '/casefile/search.html',
      description: 'Estado de una solicitud de cualquier oficina, por expediente o por nombre (ventanilla)'
    },
    {
      label: 'Estación de digitalización',
      href: '/casefile/station.html',
      description: 'Escanear la etiqueta, cargar las páginas y verificar el expediente físico (archivo)'
    },
    { label: 'Mesas interinstitucionales', href: '/roundtables/', description: 'Reporte de brechas de inclusión por mesa, tema, institución y motivo; acuerdos y su seguimiento' },
    { label: 'Información de países de origen', href: '/coi/', description: 'Buscar, agregar y etiquetar documentos COI; solicitudes abiertas a la SRE (unidad COI)' },
    { label: 'Solicitudes de la SRE', href: '/sre/', description: 'Responder las solicitudes de información de países de origen (Secretaría de Relaciones Exteriores)' },
    {
      label: 'Banco de reglas',
      href: '/rules/',
      description: 'Tablas de canalización y de plazos: borradores, casos de prueba, aprobación y versiones '
        + '(personal de políticas)'
    }
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
